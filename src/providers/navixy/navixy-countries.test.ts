// Navixy's postal and registered country use the shared country picker, and send exactly what Navixy stores: the
// English country name (its contract's examples), whatever language the picker shows.
import { describe, expect, it } from 'vitest';
import { generateForm } from '../../forms/generator/generate-form';
import { navixyCountryOptions } from './navixy-countries';
import { formToUpdate } from './navixy-mapping';
import { NAVIXY_COUNTRY_SOURCE, navixySpec } from './navixy-spec';

describe('Navixy countries', () => {
  it('both address countries are country pickers over the Navixy list', () => {
    const { uischema } = generateForm(navixySpec);
    const text = JSON.stringify(uischema);
    for (const scope of ['#/properties/post_country', '#/properties/registered_country']) {
      expect(text).toContain(scope);
    }
    const countryFields = navixySpec.fields.filter((f) => f.path.endsWith('_country'));
    expect(countryFields.map((f) => [f.path, f.type, f.ui?.country])).toEqual([
      ['post_country', 'country', { source: NAVIXY_COUNTRY_SOURCE }],
      ['registered_country', 'country', { source: NAVIXY_COUNTRY_SOURCE }],
    ]);
  });

  it('the value is the English name; the label is in the locale shown', () => {
    const de = navixyCountryOptions('de-DE').find((o) => o.alpha2 === 'DE');
    const ja = navixyCountryOptions('ja').find((o) => o.alpha2 === 'DE');
    expect(de).toEqual({ value: 'Germany', label: 'Deutschland', alpha2: 'DE' });
    expect(ja).toEqual({ value: 'Germany', label: 'ドイツ', alpha2: 'DE' });
  });

  it('a chosen country is sent as Navixy stores it', () => {
    const update = formToUpdate(
      { legal_type: 'individual', post_country: 'Germany' },
      { legal_type: 'individual' },
    );
    expect(update).toMatchObject({ post_country: 'Germany' });
  });
});
