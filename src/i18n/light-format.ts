// ICU messages as our catalogues write them, formatted without a parser library: text, `{name}`, `{n, number}`,
// `{n, plural, =0 {…} one {… # …} other {…}}`, `{n, selectordinal, …}` and `{x, select, a {…} other {…}}`,
// through Intl (plural rules, numbers), with ICU's apostrophe quoting of braces (`'{x}'`, `''`). Anything else
// (`offset:`, styles and skeletons, values that are not strings or numbers) is declined (undefined):
// intl-messageformat formats it, loaded on demand. The unit test checks both give the same words for every message
// of every catalogue.

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'number'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural'; name: string; ordinal: boolean; options: Map<string, Node[]> }
  | { kind: 'select'; name: string; options: Map<string, Node[]> };

const DECLINED = null;
const parsed = new Map<string, Node[] | null>();

/** Parses `source` from `at` until a closing brace (nested) or the end; returns the nodes and where it stopped. */
function parseMessage(source: string, at: number, inPlural: boolean): [Node[], number] | null {
  const nodes: Node[] = [];
  let text = '';
  let i = at;
  const flush = () => {
    if (text) nodes.push({ kind: 'text', text });
    text = '';
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '}') break;
    if (c === "'") {
      const next = source[i + 1] ?? '';
      if (next === "'") {
        text += "'"; // '' is one apostrophe
        i += 2;
        continue;
      }
      if (next === '{' || next === '}') {
        // Quoted literal text up to the next lone apostrophe ('' inside it is one apostrophe).
        const quoted = quotedText(source, i + 1);
        if (!quoted) return null;
        text += quoted[0];
        i = quoted[1];
        continue;
      }
      if (next === '#' && inPlural) return null; // a quoted # in a plural: intl-messageformat decides
    }
    if (c === '#' && inPlural) {
      flush();
      nodes.push({ kind: 'pound' });
      i++;
      continue;
    }
    if (c !== '{') {
      text += c;
      i++;
      continue;
    }
    flush();
    const argument = parseArgument(source, i + 1);
    if (!argument) return null;
    nodes.push(argument[0]);
    i = argument[1];
  }
  flush();
  return [nodes, i];
}

/** The literal text of a quote starting at `at` (after its opening apostrophe), and the index after it. */
function quotedText(source: string, at: number): [string, number] | null {
  let text = '';
  for (let i = at; i < source.length; i++) {
    if (source[i] !== "'") {
      text += source[i];
      continue;
    }
    if (source[i + 1] === "'") {
      text += "'";
      i++;
      continue;
    }
    return [text, i + 1];
  }
  return null; // an unclosed quote: intl-messageformat decides
}

/** Parses an argument after its `{`; returns it and the index after its `}`. */
function parseArgument(source: string, at: number): [Node, number] | null {
  const head = /^\s*([A-Za-z_][\w]*)\s*(?:,\s*(\w+)\s*)?(,|\})/.exec(source.slice(at));
  if (!head) return null;
  const [whole, name = '', type, end] = head;
  let i = at + whole.length;
  if (end === '}') {
    if (type === undefined) return [{ kind: 'arg', name }, i];
    return type === 'number' ? [{ kind: 'number', name }, i] : null;
  }
  if (type !== 'plural' && type !== 'selectordinal' && type !== 'select') return null;
  const options = new Map<string, Node[]>();
  for (;;) {
    const selector = /^\s*(=\d+|[A-Za-z_]\w*)\s*\{/.exec(source.slice(i));
    if (!selector) break;
    const branch = parseMessage(source, i + selector[0].length, type !== 'select');
    if (!branch || source[branch[1]] !== '}') return null;
    options.set(selector[1] ?? '', branch[0]);
    i = branch[1] + 1;
  }
  const close = /^\s*\}/.exec(source.slice(i));
  if (!close || !options.has('other')) return null;
  i += close[0].length;
  if (type === 'select') return [{ kind: 'select', name, options }, i];
  return [{ kind: 'plural', name, ordinal: type === 'selectordinal', options }, i];
}

function parse(message: string): Node[] | null {
  let nodes = parsed.get(message);
  if (nodes === undefined) {
    const result = parseMessage(message, 0, false);
    nodes = result && result[1] === message.length ? result[0] : DECLINED;
    parsed.set(message, nodes);
  }
  return nodes;
}

type Values = Record<string, unknown>;

function render(
  nodes: Node[],
  locale: string,
  values: Values,
  count: number | undefined,
): string | undefined {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      out += node.text;
      continue;
    }
    if (node.kind === 'pound') {
      if (count === undefined) return undefined;
      out += new Intl.NumberFormat(locale).format(count);
      continue;
    }
    if (!(node.name in values)) return undefined;
    const value = values[node.name];
    if (node.kind === 'arg') {
      // As intl-messageformat: strings and numbers as they are, nothing for another falsy value.
      if (typeof value === 'string' || typeof value === 'number') out += String(value);
      else if (value) return undefined;
      continue;
    }
    if (node.kind === 'number') {
      if (typeof value !== 'number') return undefined;
      out += new Intl.NumberFormat(locale).format(value);
      continue;
    }
    if (node.kind === 'select') {
      const branch = node.options.get(String(value)) ?? node.options.get('other');
      const text = branch && render(branch, locale, values, count);
      if (text === undefined) return undefined;
      out += text;
      continue;
    }
    if (typeof value !== 'number') return undefined;
    const rule = new Intl.PluralRules(locale, { type: node.ordinal ? 'ordinal' : 'cardinal' }).select(value);
    const branch = node.options.get(`=${value}`) ?? node.options.get(rule) ?? node.options.get('other');
    const text = branch && render(branch, locale, values, value);
    if (text === undefined) return undefined;
    out += text;
  }
  return out;
}

/** The message formatted in `locale`, or undefined when it needs intl-messageformat. */
export function lightFormat(message: string, locale: string, values: Values = {}): string | undefined {
  const nodes = parse(message);
  return nodes ? render(nodes, locale, values, undefined) : undefined;
}
