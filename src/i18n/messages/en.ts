// The i18n layer's own words (English, the fallback).
export const en = {
  picker: {
    label: 'Language',
  },
} as const;
