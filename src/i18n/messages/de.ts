// The i18n layer's own words in German.
import type { Translation } from '../catalogue';
import type { en } from './en';

export const de: Translation<typeof en> = {
  picker: {
    label: 'Sprache',
  },
};
