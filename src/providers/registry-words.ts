// The registry's words in the locale shown: a provider's description on the provider list, and what its profile
// id is called ('user id', 'Benutzer-ID'). A provider the catalogue does not know keeps its entry's English.
import { currentLocale } from '../i18n';
import { en } from './messages/en';
import { providerMessages } from './provider-messages';
import type { ProviderEntry } from './registry';

type Entry = Pick<ProviderEntry, 'id' | 'description' | 'params' | 'paramHint'>;

const isDescribed = (id: string): id is keyof typeof en.registry => Object.hasOwn(en.registry, id);
const isNamedParam = (name: string): name is keyof typeof en.params => Object.hasOwn(en.params, name);

/** The provider's description in the locale's words. */
export function entryDescription(entry: Entry, locale = currentLocale()): string {
  return isDescribed(entry.id) ? providerMessages.in(locale)(`registry.${entry.id}`) : entry.description;
}

/** What the entry's parameter at `index` is called in the locale's words (its hint for the first one). */
export function entryParamWords(entry: Entry, index: number, locale = currentLocale()): string {
  const name = entry.params[index] ?? 'id';
  const hint = index === 0 ? entry.paramHint : undefined;
  // The catalogue's words stand for the hint only when the hint says the same in English.
  if (isNamedParam(name) && (hint === undefined || hint === en.params[name])) {
    return providerMessages.in(locale)(`params.${name}`);
  }
  return hint ?? name;
}
