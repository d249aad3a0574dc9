// Type guards over `unknown` for every protocol message: anything that is not exactly a known message is refused
// with a reason (the reason never quotes the message, which may hold a token).
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

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class Invalid extends Error {}
const fail = (reason: string): never => {
  throw new Invalid(reason);
};

function onlyKeys(data: Data, allowed: string[], where: string) {
  const extra = Object.keys(data).filter((key) => !allowed.includes(key));
  if (extra.length > 0) fail(`${where}: unknown field(s) ${extra.join(', ')}`);
}

function text(value: unknown, field: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.trim() === '') fail(`${field} must be a non-empty string`);
  const s = value as string;
  if (s.length > max) fail(`${field} is longer than ${max} characters`);
  return s;
}

const optional = <T>(value: unknown, parse: (v: unknown) => T): T | undefined =>
  value === undefined ? undefined : parse(value);

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const FUNCTIONAL = /^(?:rgb|hsl)a?\(\s*[\d.%\s,/-]+\)$/i;

export function isCssColour(value: string): boolean {
  return HEX.test(value) || FUNCTIONAL.test(value);
}

function parseTheme(value: unknown): EmbedTheme {
  if (!isRecord(value)) return fail('theme must be an object');
  onlyKeys(value, ['primaryColor', 'fontFamily', 'radius', 'mode'], 'theme');
  const theme: EmbedTheme = {};
  if (value.primaryColor !== undefined) {
    const colour = text(value.primaryColor, 'theme.primaryColor', 64);
    if (!isCssColour(colour)) fail('theme.primaryColor must be #rgb, #rrggbb, rgb(…) or hsl(…)');
    theme.primaryColor = colour;
  }
  if (value.fontFamily !== undefined) {
    const font = text(value.fontFamily, 'theme.fontFamily');
    if (/[;{}<>\\]/.test(font)) fail('theme.fontFamily may only hold a font-family list');
    theme.fontFamily = font;
  }
  if (value.radius !== undefined) {
    const radius = value.radius;
    if (typeof radius !== 'number' || !Number.isFinite(radius) || radius < 0 || radius > 32) {
      fail('theme.radius must be a number of pixels from 0 to 32');
    }
    theme.radius = radius as number;
  }
  if (value.mode !== undefined) {
    if (value.mode !== 'light' && value.mode !== 'dark') fail('theme.mode must be "light" or "dark"');
    theme.mode = value.mode as 'light' | 'dark';
  }
  return theme;
}

function parseParams(value: unknown): Record<string, string> {
  if (!isRecord(value)) return fail('params must be an object of strings');
  const entries = Object.entries(value);
  if (entries.length > 10) fail('params has too many entries');
  return Object.fromEntries(entries.map(([key, v]) => [key, text(v, `params.${key}`)]));
}

function parseLocale(value: unknown): string {
  const locale = text(value, 'locale', 35);
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? fail('locale is not a BCP 47 tag');
  } catch {
    return fail('locale is not a BCP 47 tag');
  }
}

function checkEnvelope(raw: unknown): Data {
  if (!isRecord(raw)) return fail('not an object');
  if (raw.protocol !== PROTOCOL) fail('not a profile-editor message');
  if (raw.version !== PROTOCOL_VERSION)
    fail(`unsupported protocol version (this editor speaks ${PROTOCOL_VERSION})`);
  if (typeof raw.type !== 'string') fail('type is missing');
  return raw;
}

function parseHost(raw: unknown): HostMessage {
  const data = checkEnvelope(raw);
  const base = ['protocol', 'version', 'type'];
  switch (data.type) {
    case 'init': {
      onlyKeys(
        data,
        [...base, 'provider', 'params', 'profileId', 'token', 'subject', 'locale', 'theme'],
        'init',
      );
      const message: HostMessage = {
        type: 'init',
        provider: text(data.provider, 'provider', 64),
        token: text(data.token, 'token', MAX_TOKEN),
      };
      const params = optional(data.params, parseParams);
      const profileId = optional(data.profileId, (v) => text(v, 'profileId'));
      const subject = optional(data.subject, (v) => text(v, 'subject'));
      const locale = optional(data.locale, parseLocale);
      const theme = optional(data.theme, parseTheme);
      return {
        ...message,
        ...(params && { params }),
        ...(profileId && { profileId }),
        ...(subject && { subject }),
        ...(locale && { locale }),
        ...(theme && { theme }),
      };
    }
    case 'token': {
      onlyKeys(data, [...base, 'token', 'subject'], 'token');
      const subject = optional(data.subject, (v) => text(v, 'subject'));
      return { type: 'token', token: text(data.token, 'token', MAX_TOKEN), ...(subject && { subject }) };
    }
    case 'save':
    case 'reset':
      onlyKeys(data, base, data.type);
      return { type: data.type };
    default:
      return fail(`unknown message type "${String(data.type).slice(0, 32)}"`);
  }
}

function parseEditor(raw: unknown): EditorMessage {
  const data = checkEnvelope(raw);
  const base = ['protocol', 'version', 'type'];
  switch (data.type) {
    case 'ready':
    case 'tokenExpired':
      onlyKeys(data, base, data.type);
      return { type: data.type };
    case 'resize':
      onlyKeys(data, [...base, 'height'], 'resize');
      if (typeof data.height !== 'number' || !(data.height >= 0)) fail('height must be a number ≥ 0');
      return { type: 'resize', height: data.height as number };
    case 'dirty':
      onlyKeys(data, [...base, 'dirty'], 'dirty');
      if (typeof data.dirty !== 'boolean') fail('dirty must be true or false');
      return { type: 'dirty', dirty: data.dirty as boolean };
    case 'saved': {
      onlyKeys(data, [...base, 'provider', 'fields'], 'saved');
      const fields = data.fields;
      if (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string'))
        fail('fields must be strings');
      return { type: 'saved', provider: text(data.provider, 'provider', 64), fields: fields as string[] };
    }
    case 'error':
      onlyKeys(data, [...base, 'kind', 'message'], 'error');
      return {
        type: 'error',
        kind: text(data.kind, 'kind', 32) as EditorErrorKind,
        message: text(data.message, 'message', 2000),
      };
    default:
      return fail(`unknown message type "${String(data.type).slice(0, 32)}"`);
  }
}

function attempt<T>(parse: (raw: unknown) => T, raw: unknown): Parsed<T> {
  try {
    return { ok: true, message: parse(raw) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
}

/** Validates a message a host sent to the editor. */
export const parseHostMessage = (raw: unknown): Parsed<HostMessage> => attempt(parseHost, raw);

/** Validates a message the editor sent to its host (for host pages written in TypeScript). */
export const parseEditorMessage = (raw: unknown): Parsed<EditorMessage> => attempt(parseEditor, raw);
