// The runtime configuration (public/config.json): its shape, parsed with valibot into typed values at the edge,
// and an error that names the bad field.
import * as v from 'valibot';
import type { MessageKey } from '../i18n';
import { configMessages } from './config-messages';
import { en } from './messages/en';

export type AppMode = 'sandbox' | 'live';

export interface ProviderSettings {
  baseUrl: string;
}

export interface AppConfig {
  mode: AppMode;
  providers: Record<string, ProviderSettings>;
  embed: { allowedOrigins: string[] };
  /** https origins the Markdown preview may show images from (none: images are shown as links). */
  markdown?: { imageOrigins: string[] } | undefined;
}

/** What is wrong, as a message of the config namespace ('problem.httpUrl') and its values. */
export interface ConfigProblem {
  key: MessageKey<typeof en>;
  values?: Record<string, string | number>;
}

export class ConfigError extends Error {
  /** The JSON path of the offending field, e.g. `providers.wise.baseUrl`; empty for the whole file. */
  readonly field: string;
  /** The problem, for the error page to say in the locale shown (the message is English, for logs). */
  readonly problem: ConfigProblem;
  constructor(field: string, problem: ConfigProblem) {
    const message = configMessages.in('en')(problem.key, problem.values);
    super(field ? `${field}: ${message}` : message);
    this.name = 'ConfigError';
    this.field = field;
    this.problem = problem;
  }

  /** The problem in a locale's words (the field's path stays as written in config.json). */
  describe(locale: string): string {
    const message = configMessages.in(locale)(this.problem.key, this.problem.values);
    return this.field ? `${this.field}: ${message}` : message;
  }
}

/** Valibot issues carry a problem's key as their message; the input it names travels with the issue. */
const isProblemKey = (message: string): message is MessageKey<typeof en> =>
  message.startsWith('problem.') && Object.hasOwn(en.problem, message.slice('problem.'.length));
const problemOf = (issue: v.BaseIssue<unknown> | undefined): ConfigProblem => {
  if (!issue || !isProblemKey(issue.message)) return { key: 'problem.unreadable' };
  const input = typeof issue.input === 'string' ? issue.input : (JSON.stringify(issue.input) ?? '');
  return { key: issue.message, values: { input, found: JSON.stringify(issue.input) ?? '' } };
};

const parsedUrl = (value: string) => {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
};

const UrlText = v.pipe(
  v.string('problem.url'),
  v.nonEmpty('problem.url'),
  v.check((value) => parsedUrl(value) !== undefined, 'problem.invalidUrl'),
);

const HttpUrl = v.pipe(
  UrlText,
  v.check((value) => ['https:', 'http:'].includes(parsedUrl(value)?.protocol ?? ''), 'problem.httpUrl'),
);

const BaseUrl = v.pipe(
  HttpUrl,
  v.transform((value) => value.replace(/\/+$/, '')),
);

const Origin = v.pipe(
  HttpUrl,
  v.check((value) => parsedUrl(value)?.origin === value.replace(/\/$/, ''), 'problem.originOnly'),
  v.transform((value) => parsedUrl(value)?.origin ?? value),
);

const HttpsOrigin = v.pipe(
  Origin,
  v.check((value) => value.startsWith('https:'), 'problem.httpsOrigin'),
);

const originList = <T extends typeof Origin | typeof HttpsOrigin>(item: T) =>
  v.optional(v.array(item, 'problem.originList'), []);

export const AppConfigSchema = v.object(
  {
    mode: v.picklist(['sandbox', 'live'], (issue) =>
      issue.input === undefined ? 'problem.modeMissing' : 'problem.mode',
    ),
    providers: v.pipe(
      v.custom<Record<string, unknown>>(
        (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
        'problem.providers',
      ),
      v.record(v.string(), v.object({ baseUrl: BaseUrl }, 'problem.provider')),
    ),
    embed: v.optional(v.object({ allowedOrigins: originList(Origin) }, 'problem.embed'), {
      allowedOrigins: [],
    }),
    markdown: v.optional(v.object({ imageOrigins: originList(HttpsOrigin) }, 'problem.markdown'), {
      imageOrigins: [],
    }),
  },
  'problem.root',
);

/** `providers.wise.baseUrl`, `embed.allowedOrigins[0]`: where an issue is, as a person reads a JSON path. */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((field, item) => {
    const key = item.key;
    if (typeof key === 'number') return `${field}[${key}]`;
    return field ? `${field}.${String(key)}` : String(key);
  }, '');
}

/** Checks an unknown value (the parsed config.json) and returns a typed config, or throws ConfigError. */
export function validateConfig(raw: unknown): AppConfig {
  const result = v.safeParse(AppConfigSchema, raw);
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new ConfigError(issue ? fieldOf(issue) : '', problemOf(issue));
}
