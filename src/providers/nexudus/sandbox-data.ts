// Seed data for the Nexudus sandbox: one signed-in customer and the platform's country list (large numeric ids).
import isoCountries from 'i18n-iso-countries';
import type { NexudusCountry, NexudusCoworker } from './nexudus-api';

export const SEED_PASSWORD = 'coworking1';

const englishNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return undefined;
  }
})();

/** Every ISO country with a stable id in Nexudus's style (not the ISO number): 1001, 1002, … by alpha-2 code. */
export const sandboxCountries: readonly NexudusCountry[] = Object.keys(isoCountries.getAlpha2Codes())
  .sort()
  .map((code, index) => ({
    Id: 1001 + index,
    Name: englishNames?.of(code) ?? code,
    TwoDigitsCode: code,
    Culture: `en-${code}`,
  }));

export const countryIdOf = (code: string): number => {
  const country = sandboxCountries.find((c) => c.TwoDigitsCode === code);
  if (!country) throw new Error(`No sandbox country ${code}.`);
  return country.Id;
};

export const seedCoworker = (): NexudusCoworker => ({
  Id: 1415926535,
  Email: 'jane.doe@example.com',
  FullName: 'Jane Doe',
  NickName: null,
  Gender: 'Female',
  DateOfBirth: '1990-06-15T00:00:00',
  MobilePhone: '+44 7700 900123',
  LandLine: null,
  Address: '1 Shoreditch High Street',
  PostCode: 'E1 6JE',
  CityName: 'London',
  State: 'Greater London',
  CountryId: countryIdOf('GB'),
  BillingName: 'Jane Doe',
  BillingEmail: 'billing@example.com',
  BillingAddress: '1 Shoreditch High Street',
  BillingPostCode: 'E1 6JE',
  BillingCityName: 'London',
  BillingState: null,
  BillingCountryId: countryIdOf('GB'),
  TaxIDNumber: 'GB123456789',
  Position: 'Product Designer',
  CompanyName: 'Acme Studio',
  BusinessArea: 'Design',
  ProfileSummary: 'I design **calm** software.\n\n- Design systems\n- Research',
  ProfileWebsite: 'https://example.com',
  ProfileIsPublic: true,
  ProfileTags: 'design, research',
  Twitter: '@janedoe',
  Linkedin: null,
  Github: 'janedoe',
  Instagram: null,
  Facebook: null,
  Skype: null,
  Telegram: null,
  OnHelpDeskMsg: true,
  OnNewWallPost: false,
  OnNewBlogComment: false,
  OnNewEventComment: true,
  ReceiveCommunityDigest: true,
  SignUpToNewsletter: false,
});
