// The Nexudus sandbox's checks on a PATCH body, as the contract describes them: types and nullability per field,
// a known CountryId, a valid e-mail, and the password change (all three, repeat matching, current one correct).
import type { NexudusFieldMessage } from './nexudus-errors';

type Kind = 'string' | 'nullable' | 'number' | 'boolean';

export const FIELD_KINDS: Record<string, Kind> = {
  FullName: 'string',
  NickName: 'nullable',
  Gender: 'string',
  DateOfBirth: 'nullable',
  MobilePhone: 'nullable',
  LandLine: 'nullable',
  Address: 'string',
  PostCode: 'string',
  CityName: 'string',
  State: 'string',
  CountryId: 'number',
  BillingName: 'string',
  BillingEmail: 'string',
  BillingAddress: 'nullable',
  BillingPostCode: 'nullable',
  BillingCityName: 'nullable',
  BillingState: 'nullable',
  BillingCountryId: 'number',
  TaxIDNumber: 'string',
  Position: 'nullable',
  CompanyName: 'string',
  BusinessArea: 'nullable',
  ProfileSummary: 'nullable',
  ProfileWebsite: 'nullable',
  ProfileIsPublic: 'boolean',
  ProfileTags: 'string',
  Twitter: 'nullable',
  Linkedin: 'nullable',
  Github: 'nullable',
  Instagram: 'nullable',
  Facebook: 'nullable',
  Skype: 'nullable',
  Telegram: 'nullable',
  OnHelpDeskMsg: 'boolean',
  OnNewWallPost: 'boolean',
  OnNewBlogComment: 'boolean',
  OnNewEventComment: 'boolean',
  ReceiveCommunityDigest: 'boolean',
  SignUpToNewsletter: 'boolean',
  OldPassword: 'string',
  NewPassword: 'string',
  RepeatNewPassword: 'string',
};

const GENDERS = ['NotSet', 'Male', 'Female', 'Other', 'RatherNotSay'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function typeError(kind: Kind, value: unknown): string | undefined {
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? undefined : 'The value must be text.';
    case 'nullable':
      return typeof value === 'string' || value === null ? undefined : 'The value must be text or null.';
    case 'number':
      return typeof value === 'number' && Number.isInteger(value)
        ? undefined
        : 'The value must be a country id.';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'The value must be true or false.';
  }
}

export interface PatchCheck {
  body: Record<string, unknown>;
  countryIds: ReadonlySet<number>;
  passwordIsCurrent: (password: string) => boolean;
}

export function checkPatch({ body, countryIds, passwordIsCurrent }: PatchCheck): NexudusFieldMessage[] {
  const errors: NexudusFieldMessage[] = [];
  const fail = (PropertyName: string, Message: string) =>
    errors.push({
      PropertyName,
      Message,
      AttemptedValue: PropertyName.includes('Password') ? null : body[PropertyName],
    });
  for (const [key, value] of Object.entries(body)) {
    const kind = FIELD_KINDS[key];
    if (!kind) {
      fail(key, `${key} is not a profile field.`);
      continue;
    }
    const wrongType = typeError(kind, value);
    if (wrongType) fail(key, wrongType);
  }
  if (errors.length > 0) return errors;

  if (typeof body.Gender === 'string' && !GENDERS.includes(body.Gender))
    fail('Gender', `Gender must be one of ${GENDERS.join(', ')}.`);
  if ('FullName' in body && (body.FullName as string).trim() === '')
    fail('FullName', 'The full name is required.');
  for (const key of ['CountryId', 'BillingCountryId'])
    if (key in body && !countryIds.has(body[key] as number)) fail(key, 'The country is not valid.');
  if (typeof body.BillingEmail === 'string' && body.BillingEmail !== '' && !EMAIL.test(body.BillingEmail))
    fail('BillingEmail', 'The billing e-mail address is not valid.');
  if (typeof body.DateOfBirth === 'string') {
    const date = new Date(body.DateOfBirth);
    if (!/^\d{4}-\d{2}-\d{2}/.test(body.DateOfBirth) || Number.isNaN(date.getTime()))
      fail('DateOfBirth', 'The date of birth is not a valid date.');
    else if (date.getTime() > Date.now()) fail('DateOfBirth', 'The date of birth cannot be in the future.');
  }

  const {
    OldPassword: old,
    NewPassword: next,
    RepeatNewPassword: repeat,
  } = body as Record<string, string | undefined>;
  if (old !== undefined || next !== undefined || repeat !== undefined) {
    if (!old) fail('OldPassword', 'Enter your current password to change it.');
    else if (!passwordIsCurrent(old)) fail('OldPassword', 'The current password is not correct.');
    if (!next) fail('NewPassword', 'Enter a new password.');
    else if (next.length < 8 || !/[A-Za-z]/.test(next) || !/\d/.test(next))
      fail('NewPassword', 'The new password must have at least 8 characters, a letter and a digit.');
    if (next !== repeat) fail('RepeatNewPassword', 'The new passwords do not match.');
  }
  return errors;
}
