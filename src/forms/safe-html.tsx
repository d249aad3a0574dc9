// Simple HTML from a server (titles, descriptions) shown safely: only <br>, <b>, <i> and <a href="https:…"> become
// markup; every other tag, attribute or character stays visible as the text it is. Built as React elements, never
// as innerHTML, so nothing a server sends can run or style the page.
import { Fragment, type ReactNode } from 'react';

export type SafeNode =
  | { kind: 'text'; text: string }
  | { kind: 'br' }
  | { kind: 'b' | 'i'; children: SafeNode[] }
  | { kind: 'a'; href: string; children: SafeNode[] };

type Container =
  { kind: 'root' | 'b' | 'i'; children: SafeNode[] } | { kind: 'a'; href: string; children: SafeNode[] };

// The only markup we read; anything else that looks like a tag is plain text.
const TAG = /<br\s*\/?>|<\/?[bi]>|<a\s+href\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')\s*>|<\/a>/gi;

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const decode = (text: string) =>
  text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/** An https address we are willing to link to, or undefined. */
function safeHref(raw: string): string | undefined {
  const href = decode(raw.trim());
  if (!/^https:/i.test(href)) return undefined;
  try {
    return new URL(href).protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}

/** Parses server text into the few nodes we render; unmatched or unknown markup stays as text. */
export function parseSafeHtml(source: string): SafeNode[] {
  const root: Container = { kind: 'root', children: [] };
  const stack: Container[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  const pushText = (text: string) => {
    if (text === '') return;
    const children = top().children;
    const last = children[children.length - 1];
    if (last?.kind === 'text') last.text += text;
    else children.push({ kind: 'text', text });
  };
  let at = 0;
  for (const match of source.matchAll(TAG)) {
    const index = match.index;
    pushText(decode(source.slice(at, index)));
    at = index + match[0].length;
    const tag = match[0].toLowerCase();
    if (tag.startsWith('<br')) {
      top().children.push({ kind: 'br' });
    } else if (tag === '<b>' || tag === '<i>') {
      const node: SafeNode & Container = { kind: tag === '<b>' ? 'b' : 'i', children: [] };
      top().children.push(node);
      stack.push(node);
    } else if (tag.startsWith('<a')) {
      const href = safeHref(match[1] ?? match[2] ?? '');
      // A link inside a link, or to anything but https, is shown as the text it is.
      if (!href || stack.some((node) => node.kind === 'a')) {
        pushText(match[0]);
        continue;
      }
      const node: SafeNode & Container = { kind: 'a', href, children: [] };
      top().children.push(node);
      stack.push(node);
    } else {
      const kind = tag === '</a>' ? 'a' : tag === '</b>' ? 'b' : 'i';
      if (top().kind === kind && stack.length > 1) stack.pop();
      else pushText(match[0]);
    }
  }
  pushText(decode(source.slice(at)));
  return root.children;
}

function toText(nodes: SafeNode[]): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return node.text;
        case 'br':
          return ' ';
        case 'a': {
          const text = toText(node.children);
          return text.trim() === '' || text.trim() === node.href ? node.href : `${text} (${node.href})`;
        }
        default:
          return toText(node.children);
      }
    })
    .join('');
}

/** The same text for places that only take plain text (a field's label or help): markup becomes words. */
export function safeHtmlToText(source: string): string {
  if (!source.includes('<') && !source.includes('&')) return source;
  return toText(parseSafeHtml(source)).replace(/ {2,}/g, ' ').trim();
}

function render(nodes: SafeNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>;
      case 'br':
        return <br key={index} />;
      case 'b':
        return <b key={index}>{render(node.children)}</b>;
      case 'i':
        return <i key={index}>{render(node.children)}</i>;
      case 'a':
        return (
          <a key={index} href={node.href} target="_blank" rel="noopener noreferrer">
            {render(node.children)}
          </a>
        );
    }
  });
}

/** Renders server text with its simple markup (see parseSafeHtml). */
export function SafeHtml({ text }: { text: string }) {
  return <>{render(parseSafeHtml(text))}</>;
}
