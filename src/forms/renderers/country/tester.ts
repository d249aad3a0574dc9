// The country picker takes controls whose uischema asks for it: `options.country = { source?, multiple?, … }`
// or a country data source (`options.data.source`, `options.dataSource`; see country-settings.ts).
import { rankWith, type Tester } from '@jsonforms/core';
import { countrySettingsOf } from './country-settings';

export const COUNTRY_CONTROL_RANK = 10;

const wantsCountry: Tester = (uischema) =>
  uischema.type === 'Control' && countrySettingsOf(uischema.options) !== undefined;

export const countryControlTester = rankWith(COUNTRY_CONTROL_RANK, wantsCountry);
