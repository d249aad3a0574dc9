import { describe, expect, it } from 'vitest';
import type { ControlElement } from '@jsonforms/core';
import { controlsOf } from '../../forms/validation/uischema-walk';
import { validateForm } from '../../forms/validation/validate-form';
import { generateForm } from '../../forms/generator/generate-form';
import { errorPointer } from '../../forms/validation/validate-form';
import { nexudusSpec, sectionKeys } from './nexudus-spec';
import { passwordsTogether, repeatMatches } from './nexudus-validators';

const { schema, uischema } = generateForm(nexudusSpec);
const control = (key: string) =>
  controlsOf(uischema).find((c) => c.scope === `#/properties/${key}`) as ControlElement;
const errorsOf = (data: Record<string, unknown>) =>
  validateForm(schema, uischema, { FullName: 'Jane', CountryId: 1, BillingCountryId: 1, ...data }, [
    passwordsTogether,
    repeatMatches,
  ]).map((e) => `${errorPointer(e)}: ${e.message ?? ''}`);

describe('Nexudus spec → schema and uischema', () => {
  it('has one category per contract section, in order, each saved on its own', () => {
    expect(uischema.type).toBe('Categorization');
    const categories = (uischema as unknown as { elements: Array<{ type: string; label: string }> }).elements;
    expect(categories.map((c) => [c.type, c.label])).toEqual([
      ['Category', 'Personal information'],
      ['Category', 'Billing'],
      ['Category', 'Professional profile'],
      ['Category', 'Social media'],
      ['Category', 'Notification preferences'],
      ['Category', 'Credentials'],
    ]);
    expect(sectionKeys[4]).toEqual([
      'OnHelpDeskMsg',
      'OnNewWallPost',
      'OnNewBlogComment',
      'OnNewEventComment',
      'ReceiveCommunityDigest',
      'SignUpToNewsletter',
    ]);
    expect(sectionKeys[5]).toEqual(['OldPassword', 'NewPassword', 'RepeatNewPassword']);
  });

  it('types fields as the contract does: nullable strings, numeric country ids, booleans, markdown, passwords', () => {
    expect(schema.properties).toMatchObject({
      FullName: { type: 'string' },
      NickName: { type: ['string', 'null'] },
      CountryId: { type: 'integer' },
      BillingCountryId: { type: 'integer' },
      BillingEmail: { type: 'string', format: 'email' },
      ProfileSummary: { type: ['string', 'null'] },
      OnHelpDeskMsg: { type: 'boolean' },
      NewPassword: { type: 'string', minLength: 8 },
    });
    expect(schema.required).toEqual(expect.arrayContaining(['FullName', 'CountryId', 'BillingCountryId']));
    expect(control('CountryId').options).toMatchObject({ country: { source: 'nexudus-countries' } });
    expect(control('ProfileSummary').options).toMatchObject({ markdown: true, multi: true });
    expect(control('SignUpToNewsletter').options).toMatchObject({ toggle: true });
    expect(control('OldPassword').options).toMatchObject({
      format: 'password',
      autocomplete: 'current-password',
    });
    expect(control('NewPassword').options).toMatchObject({
      format: 'password',
      autocomplete: 'new-password',
    });
  });

  it('validates web addresses, and handles only where the contract allows them', () => {
    expect(errorsOf({ ProfileWebsite: 'https://jane.example', Twitter: '@jane', Github: 'octocat' })).toEqual(
      [],
    );
    expect(errorsOf({ ProfileWebsite: 'jane.example' })).toEqual([
      '/ProfileWebsite: Enter a full web address such as https://example.com.',
    ]);
    expect(errorsOf({ Linkedin: 'jane' })).toEqual([
      '/Linkedin: Enter a full web address such as https://www.linkedin.com/in/jane.',
    ]);
    expect(
      errorsOf({ Instagram: 'https://www.instagram.com/jane', Telegram: '@jane_d', Skype: 'live:jane' }),
    ).toEqual([]);
    expect(errorsOf({ Facebook: 'https://example.com/jane' })).toHaveLength(1);
  });

  it('needs all three passwords together, a matching repeat and the stated policy', () => {
    expect(errorsOf({})).toEqual([]);
    expect(errorsOf({ NewPassword: 'secret123' })).toEqual([
      '/OldPassword: Enter your current password to change it.',
      '/RepeatNewPassword: Repeat the new password.',
    ]);
    expect(errorsOf({ OldPassword: 'a', NewPassword: 'secret123', RepeatNewPassword: 'secret124' })).toEqual([
      '/RepeatNewPassword: The passwords do not match.',
    ]);
    expect(errorsOf({ OldPassword: 'a', NewPassword: 'short1', RepeatNewPassword: 'short1' })).toEqual([
      '/NewPassword: Enter at least 8 characters.',
    ]);
    expect(
      errorsOf({ OldPassword: 'a', NewPassword: 'lettersonly', RepeatNewPassword: 'lettersonly' }),
    ).toEqual(['/NewPassword: Use at least one letter and one digit.']);
    expect(errorsOf({ OldPassword: 'a', NewPassword: 'secret123', RepeatNewPassword: 'secret123' })).toEqual(
      [],
    );
  });
});
