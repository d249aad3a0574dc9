// Ids from an address or a portal message are data, never a path: decoded exactly once, and refused when empty
// or a dot segment (which a URL would resolve to the parent instead of sending).
import { currentLocale } from '../i18n';
import { appMessages } from './app-messages';

/** One percent-decoded path segment, or undefined when its escapes are malformed ("%", "%zz"). */
export function decodeSegment(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Why a value cannot be an id (for the page and the portal, in the locale shown), or undefined when it can. */
export function idProblem(value: string, name: string, locale = currentLocale()): string | undefined {
  const t = appMessages.in(locale);
  if (value.trim() === '') return t('ids.empty', { name });
  if (value === '.' || value === '..') return t('ids.dotSegment', { value, name });
  return undefined;
}
