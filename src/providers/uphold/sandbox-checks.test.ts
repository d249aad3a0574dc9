import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONFLICTS } from './contract-examples';
import { addressConflict, detailsConflict } from './sandbox-checks';

const base = { fullName: 'John Doe', primaryCitizenship: 'GB', birthdate: '1987-01-01' };

describe('the sandbox runs the contract’s 409 checks', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('accepts a valid answer, names with accents, hyphens and apostrophes', () => {
    expect(detailsConflict({ ...base, fullName: "Zoë O'Brien-Łukasz" }, 'input.details')).toBeUndefined();
  });

  it.each([
    ['Full Name Contains Invalid Characters', { fullName: 'John D0e' }],
    ['User Underage', { birthdate: '2008-11-24' }],
    ['User Overage', { birthdate: '1926-11-22' }],
    ['Primary Citizenship Country Not Supported', { primaryCitizenship: 'KP' }],
    ['Other Citizenships Country Not Supported', { otherCitizenships: ['IR'] }],
    ['Place of Birth Country Not Supported', { birthplace: { country: 'SY', town: 'Aleppo' } }],
  ])('%s: the same body as the contract', (title, change) => {
    expect(detailsConflict({ ...base, ...change }, 'input.details')).toEqual(CONFLICTS[title]);
  });

  it('boundary days: exactly 18 years today passes, one day short is refused', () => {
    expect(detailsConflict({ ...base, birthdate: '2008-11-23' }, 'input.details')).toBeUndefined();
    expect(detailsConflict({ ...base, birthdate: '2008-11-24' }, 'input.details')?.code).toBe('date_invalid');
  });

  it('boundary days: exactly 100 years today passes, one day more is refused', () => {
    expect(detailsConflict({ ...base, birthdate: '1926-11-23' }, 'input.details')).toBeUndefined();
    expect(detailsConflict({ ...base, birthdate: '1926-11-22' }, 'input.details')?.code).toBe('date_invalid');
  });

  it('refuses PO boxes (no property), restricted residence and a postal code that does not fit', () => {
    expect(addressConflict({ line1: 'PO Box 12', country: 'GB' }, 'input.address')).toEqual({
      code: 'po_boxes_not_allowed',
      message: 'PO boxes are not allowed',
    });
    expect(addressConflict({ line1: '1 Main St', country: 'CU' }, 'input.address')?.details?.property).toBe(
      'input.address.country',
    );
    expect(
      addressConflict({ line1: '1 Main St', country: 'GB', postalCode: '12345' }, 'input.address'),
    ).toMatchObject({
      details: { property: 'input.address.postalCode' },
    });
    expect(
      addressConflict({ line1: '1 Main St', country: 'GB', postalCode: 'M3 1AZ' }, 'input.address'),
    ).toBeUndefined();
  });
});
