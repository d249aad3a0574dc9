// The country picker takes controls whose uischema asks for it: `options.country = { source?, multiple?, … }`.
import { rankWith, type Tester } from '@jsonforms/core';

export const COUNTRY_CONTROL_RANK = 10;

const wantsCountry: Tester = (uischema) =>
  uischema.type === 'Control' &&
  typeof uischema.options?.country === 'object' &&
  uischema.options.country !== null;

export const countryControlTester = rankWith(COUNTRY_CONTROL_RANK, wantsCountry);
