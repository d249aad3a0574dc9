// Field-spec helpers for web addresses: a full http(s) URL, optionally on given hosts, or (where a contract allows)
// a bare user name / handle. They yield `pattern` + `patternMessage` to spread into a 'url' or 'text' FieldSpec.
import { formsMessages } from '../forms-messages';
import type { FieldSpec } from './field-spec';

export interface UrlPatternOptions {
  /** Only these hosts (and their subdomains), e.g. ['linkedin.com']. */
  hosts?: readonly string[];
  /** Also accept a handle: its pattern (without anchors) and how to describe it, e.g. '@name'. */
  handle?: { pattern: string; example: string };
  /** A URL to show in the message, e.g. 'https://github.com/octocat'. */
  example?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters, digits, underscores, dots and hyphens after an optional @ (Twitter, Instagram, GitHub, Telegram, Skype). */
export const HANDLE = '@?[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}';

/** The pattern and its message, in the locale of `t` (the forms namespace in the form's locale). */
export function urlPattern(
  options: UrlPatternOptions = {},
  t = formsMessages.t,
): Pick<FieldSpec, 'pattern' | 'patternMessage'> {
  const host = options.hosts?.length
    ? `([A-Za-z0-9-]+\\.)*(${options.hosts.map(escape).join('|')})(:\\d+)?(/\\S*)?`
    : '[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:\\d+)?(/\\S*)?';
  const url = `https?://${host}`;
  const pattern = options.handle ? `^(${url}|${options.handle.pattern})$` : `^${url}$`;
  const example = options.example ?? `https://${options.hosts?.[0] ?? 'example.com'}/…`;
  const patternMessage = options.handle
    ? t('validation.webAddressOrHandle', { example, handle: options.handle.example })
    : t('validation.webAddress', { example });
  return { pattern, patternMessage };
}
