import { describe, expect, it } from 'vitest';
import type { ControlElement } from '@jsonforms/core';
import { sharedControlValidators } from './control-validators';
import { dependencyPointers } from './depends-on';
import { alpha2Of } from './postal-code';
import { validateForm } from './validate-form';

const schema = {
  type: 'object',
  properties: {
    citizenship: { type: 'string' },
    address: {
      type: 'object',
      properties: {
        country: { type: 'string' },
        postalCode: { type: 'string', format: 'postal-code' },
      },
    },
  },
};
const control = (options?: Record<string, unknown>): ControlElement => ({
  type: 'Control',
  scope: '#/properties/address/properties/postalCode',
  ...(options ? { options } : {}),
});

const messages = (data: unknown, options?: Record<string, unknown>) =>
  validateForm(schema, control(options), data, sharedControlValidators).map((e) => [
    e.instancePath,
    e.message,
  ]);

describe('postal codes', () => {
  it('checks the code against the country chosen in the same form, and again when it changes', () => {
    const dependsOn = { dependsOn: '#/properties/address/properties/country' };
    expect(messages({ address: { country: 'GB', postalCode: 'SW1A 1AA' } }, dependsOn)).toEqual([]);
    expect(messages({ address: { country: 'US', postalCode: 'SW1A 1AA' } }, dependsOn)).toEqual([
      ['/address/postalCode', 'Enter a valid postal code for United States.'],
    ]);
    expect(messages({ address: { country: 'US', postalCode: '94103' } }, dependsOn)).toEqual([]);
  });

  it('accepts alpha-3 and subdivision country values and small letters in the code', () => {
    expect(messages({ address: { country: 'deu', postalCode: '1011' } }, { dependsOn: 'country' })).toEqual([
      ['/address/postalCode', 'Enter a valid postal code for Germany.'],
    ]);
    expect(
      messages({ address: { country: 'GB-MAN', postalCode: 'm1 1ae' } }, { dependsOn: 'country' }),
    ).toEqual([]);
  });

  it('finds a sibling country without dependsOn, and follows dependsOn anywhere in the form', () => {
    expect(messages({ address: { country: 'NL', postalCode: '12345' } })).toEqual([
      ['/address/postalCode', 'Enter a valid postal code for Netherlands.'],
    ]);
    expect(
      messages({ citizenship: 'FR', address: { postalCode: 'ABC' } }, { dependsOn: 'citizenship' }),
    ).toEqual([['/address/postalCode', 'Enter a valid postal code for France.']]);
  });

  it('does not check without a known country, or for countries without postal codes', () => {
    expect(messages({ address: { postalCode: 'anything' } }, { dependsOn: 'country' })).toEqual([]);
    expect(messages({ address: { country: 'XX', postalCode: 'anything' } })).toEqual([]);
    expect(messages({ address: { country: 'HK', postalCode: 'anything' } })).toEqual([]);
  });

  it('reads dependsOn as a scope, a pointer or a relative path', () => {
    const c = control();
    expect(dependencyPointers(c, '#/properties/a/properties/b')).toEqual(['/a/b']);
    expect(dependencyPointers(c, '/a/b')).toEqual(['/a/b']);
    expect(dependencyPointers(c, 'country')).toEqual(['/address/country', '/country']);
    expect(dependencyPointers(c, 'home.country')).toEqual(['/address/home/country', '/home/country']);
    expect(alpha2Of('gbr')).toBe('GB');
    expect(alpha2Of(826)).toBeUndefined();
  });
});
