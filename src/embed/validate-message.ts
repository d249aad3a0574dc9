// Parsing every protocol message at the edge with valibot: anything that is not exactly a known message is refused
// with a reason (the reason never quotes the message, which may hold a token).
import * as v from 'valibot';
import {
  PROTOCOL,
  PROTOCOL_VERSION,
  type EditorErrorKind,
  type EditorMessage,
  type EmbedTheme,
  type HostMessage,
} from './protocol';

export type Parsed<T> = { ok: true; message: T } | { ok: false; reason: string };

const MAX_TOKEN = 8192;
const MAX_TEXT = 200;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const FUNCTIONAL = /^(?:rgb|hsl)a?\(\s*[\d.%\s,/-]+\)$/i;

export function isCssColour(value: string): boolean {
  return HEX.test(value) || FUNCTIONAL.test(value);
}

/** A non-empty string of at most `max` characters, named `field` in the reason. */
const text = (field: string, max = MAX_TEXT) =>
  v.pipe(
    v.string(`${field} must be a non-empty string`),
    v.check((value) => value.trim() !== '', `${field} must be a non-empty string`),
    v.maxLength(max, `${field} is longer than ${max} characters`),
  );

const TEXT_FIELDS = new Set(['provider', 'token', 'message', 'kind']);

/** An object with exactly these fields: any other is refused by name, a missing one too. */
const exactly = <E extends v.ObjectEntries>(
  where: string,
  entries: E,
  notObject = `${where} must be an object`,
) =>
  v.strictObject(entries, (issue) => {
    const last: unknown = (issue.path ?? []).at(-1)?.key;
    const key = typeof last === 'string' || typeof last === 'number' ? String(last) : '';
    if (issue.expected === 'never') return `${where}: unknown field(s) ${key}`;
    if (key && issue.input === undefined) {
      return TEXT_FIELDS.has(key) ? `${key} must be a non-empty string` : `${key} is missing`;
    }
    return notObject;
  });

/** A message schema whose output leaves out the envelope (what the editor and the host act on). */
const message = <E extends v.ObjectEntries>(type: string, entries: E) =>
  v.pipe(
    exactly(type, { protocol: v.literal(PROTOCOL), version: v.literal(PROTOCOL_VERSION), ...entries }),
    v.transform(({ protocol: _protocol, version: _version, ...rest }) => rest),
  );

const radius = 'theme.radius must be a number of pixels from 0 to 32';
const ThemeSchema = exactly(
  'theme',
  {
    primaryColor: v.optional(
      v.pipe(
        text('theme.primaryColor', 64),
        v.check(isCssColour, 'theme.primaryColor must be #rgb, #rrggbb, rgb(…) or hsl(…)'),
      ),
    ),
    fontFamily: v.optional(
      v.pipe(
        text('theme.fontFamily'),
        v.check((font) => !/[;{}<>\\]/.test(font), 'theme.fontFamily may only hold a font-family list'),
      ),
    ),
    radius: v.optional(
      v.pipe(v.number(radius), v.finite(radius), v.minValue(0, radius), v.maxValue(32, radius)),
    ),
    mode: v.optional(v.picklist(['light', 'dark'], 'theme.mode must be "light" or "dark"')),
  },
  'theme must be an object',
) satisfies v.GenericSchema<unknown, EmbedTheme>;

const ParamsSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'params must be an object of strings',
  ),
  v.check((value) => Object.keys(value).length <= 10, 'params has too many entries'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(dataset.value)) {
      if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT) {
        addIssue({ message: `params.${key} must be a non-empty string` });
        return NEVER;
      }
      params[key] = value;
    }
    return params;
  }),
);

const LocaleSchema = v.pipe(
  text('locale', 35),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(dataset.value);
      if (canonical) return canonical;
    } catch {
      // Not a language tag: said below.
    }
    addIssue({ message: 'locale is not a BCP 47 tag' });
    return NEVER;
  }),
);

const HOST_MESSAGES = {
  init: message('init', {
    type: v.literal('init'),
    provider: text('provider', 64),
    params: v.optional(ParamsSchema),
    profileId: v.optional(text('profileId')),
    token: text('token', MAX_TOKEN),
    subject: v.optional(text('subject')),
    locale: v.optional(LocaleSchema),
    theme: v.optional(ThemeSchema),
  }),
  token: message('token', {
    type: v.literal('token'),
    token: text('token', MAX_TOKEN),
    subject: v.optional(text('subject')),
  }),
  save: message('save', { type: v.literal('save') }),
  reset: message('reset', { type: v.literal('reset') }),
};

const ERROR_KINDS = [
  'validation',
  'auth',
  'read-only',
  'not-found',
  'conflict',
  'unavailable',
  'server',
  'network',
  'protocol',
] as const satisfies readonly EditorErrorKind[];

const EDITOR_MESSAGES = {
  ready: message('ready', { type: v.literal('ready') }),
  tokenExpired: message('tokenExpired', { type: v.literal('tokenExpired') }),
  resize: message('resize', {
    type: v.literal('resize'),
    height: v.pipe(v.number('height must be a number ≥ 0'), v.minValue(0, 'height must be a number ≥ 0')),
  }),
  dirty: message('dirty', {
    type: v.literal('dirty'),
    dirty: v.boolean('dirty must be true or false'),
  }),
  saved: message('saved', {
    type: v.literal('saved'),
    provider: text('provider', 64),
    fields: v.array(v.string('fields must be strings'), 'fields must be strings'),
    params: v.optional(ParamsSchema),
  }),
  error: message('error', {
    type: v.literal('error'),
    kind: v.picklist(ERROR_KINDS, 'kind is not a known error kind'),
    message: text('message', 2000),
    fields: v.optional(v.array(text('fields', 500), 'fields must be strings')),
  }),
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const EnvelopeSchema = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, 'not an object'),
  v.check((data) => data.protocol === PROTOCOL, 'not a profile-editor message'),
  v.check(
    (data) => data.version === PROTOCOL_VERSION,
    `unsupported protocol version (this editor speaks ${PROTOCOL_VERSION})`,
  ),
  v.check((data) => typeof data.type === 'string', 'type is missing'),
);

function parseWith<M extends Record<string, v.GenericSchema>>(
  schemas: M,
  raw: unknown,
): Parsed<v.InferOutput<M[keyof M]>> {
  const envelope = v.safeParse(EnvelopeSchema, raw);
  if (!envelope.success) return { ok: false, reason: envelope.issues[0]?.message ?? 'not a message' };
  const type = String(envelope.output.type);
  const schema = Object.hasOwn(schemas, type) ? schemas[type] : undefined;
  if (!schema) return { ok: false, reason: `unknown message type "${type.slice(0, 32)}"` };
  const result = v.safeParse(schema, raw);
  if (!result.success) return { ok: false, reason: result.issues[0]?.message ?? `${type} is malformed` };
  return { ok: true, message: result.output };
}

/** Validates a message a host sent to the editor. */
export function parseHostMessage(raw: unknown): Parsed<HostMessage> {
  return parseWith(HOST_MESSAGES, raw);
}

/** Validates a message the editor sent to its host (for host pages written in TypeScript). */
export function parseEditorMessage(raw: unknown): Parsed<EditorMessage> {
  return parseWith(EDITOR_MESSAGES, raw);
}
