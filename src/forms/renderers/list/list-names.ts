// The accessible names a list control gives its items and buttons, from what one item is called ('Occupation'):
// used by the control and by the README's names table, so both always agree (in the locale asked; English there).
import { currentLocale } from '../../../i18n';
import { formsMessages } from '../../forms-messages';

export function listNames(itemLabel: string, locale: string = currentLocale()) {
  const t = formsMessages.in(locale);
  const label = { label: itemLabel, lower: itemLabel.toLocaleLowerCase(locale) };
  return {
    item: (position: number) => t('list.item', { ...label, position }),
    add: t('list.add', label),
    remove: (position: number) => t('list.remove', { ...label, position }),
    empty: t('list.empty', label),
  };
}
