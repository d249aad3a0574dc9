// The i18n layer's own words in Japanese.
import type { Translation } from '../catalogue';
import type { en } from './en';

export const ja: Translation<typeof en> = {
  picker: {
    label: '言語',
  },
};
