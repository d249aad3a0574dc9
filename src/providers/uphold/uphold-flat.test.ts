import { describe, expect, it } from 'vitest';
import { flatInput, flatSpec, ruleFor } from './uphold-flat';
import type { FieldRule, Verification } from './uphold-types';

const rules: Record<string, FieldRule> = {
  fullName: { presence: 'required', editable: true },
  birthdate: { presence: 'optional', editable: false },
  otherCitizenships: { presence: 'disallowed', editable: true },
  birthplace: { presence: 'optional', editable: false },
  address: {
    presence: 'required',
    editable: true,
    rules: {
      city: { presence: 'required', editable: true },
      postalCode: { presence: 'optional', editable: false },
    },
  },
};
const verification: Verification = { model: 'partner-verified', dependencies: [], rules };

describe('flat profile rules', () => {
  it('nested fields take their own rule, or their parent object’s when it has none', () => {
    expect(ruleFor(rules, 'address.city')).toEqual({ presence: 'required', editable: true });
    expect(ruleFor(rules, 'birthplace.town')).toEqual({ presence: 'optional', editable: false });
    // A parent listing its fields' rules leaves the others out.
    expect(ruleFor(rules, 'address.line1')).toBeUndefined();
    expect(ruleFor(rules, 'primaryCitizenship')).toBeUndefined();
    expect(ruleFor(undefined, 'fullName')).toEqual({ presence: 'optional', editable: true });
  });

  it('required → required, disallowed → absent, not editable → read-only with the reason', () => {
    const spec = flatSpec(verification, [], {});
    const byPath = Object.fromEntries(spec.fields.map((f) => [f.path, f]));
    expect(Object.keys(byPath)).toEqual([
      'fullName',
      'birthdate',
      'birthplace.country',
      'birthplace.town',
      'address.city',
      'address.postalCode',
    ]);
    expect(byPath.fullName?.required).toBe(true);
    expect(byPath.birthdate?.required).toBe(false);
    expect(byPath.birthdate?.readOnly).toMatch(/service you signed up through has verified this/);
    expect(byPath['address.postalCode']?.readOnly).toBeTruthy();
    expect(byPath['address.city']?.readOnly).toBeUndefined();
  });

  it('sends only editable fields, without empty values', () => {
    expect(
      flatInput(
        {
          fullName: 'Jane Doe',
          birthdate: '1990-01-01',
          otherCitizenships: ['PT'],
          birthplace: { country: 'GB' },
          address: { city: 'Leeds', postalCode: 'LS1 1AA', line1: '' },
        },
        verification,
      ),
    ).toEqual({ fullName: 'Jane Doe', address: { city: 'Leeds' } });
  });
});
