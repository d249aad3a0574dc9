// Nexudus customer profile (PATCH /api/public/coworker/profile): the field spec the form is generated from,
// grouped as the contract groups it. `nullable` marks the fields the contract types `string | null`.
import type { FieldSpec, FormSpec, SectionSpec } from '../../forms/generator/field-spec';
import { HANDLE, urlPattern } from '../../forms/generator/url-patterns';

export const COUNTRY_SOURCE = 'nexudus-countries';

export const PASSWORD_POLICY =
  'At least 8 characters, with at least one letter and one digit (Nexudus checks the location’s own policy too).';
export const PASSWORD_FIELDS = ['OldPassword', 'NewPassword', 'RepeatNewPassword'] as const;

export const nexudusSections: readonly SectionSpec[] = [
  { id: 'personal', label: 'Personal information' },
  { id: 'billing', label: 'Billing', description: 'How your invoices are addressed.' },
  {
    id: 'professional',
    label: 'Professional profile',
    description: 'Shown in the member directory when your profile is public.',
  },
  { id: 'social', label: 'Social media' },
  { id: 'notifications', label: 'Notification preferences', description: 'E-mails Nexudus sends you.' },
  {
    id: 'credentials',
    label: 'Credentials',
    description: 'To change your password, fill in all three fields.',
  },
];

const country = (path: string, label: string, section: string): FieldSpec => ({
  path,
  label,
  // Nexudus country ids are large numbers from GET /api/public/countries, not ISO codes.
  type: 'integer',
  section,
  required: true,
  ui: { country: { source: COUNTRY_SOURCE } },
});

const toggle = (path: string, label: string, description: string): FieldSpec => ({
  path,
  label,
  description,
  type: 'boolean',
  section: 'notifications',
});

const password = (path: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  path,
  label,
  type: 'password',
  section: 'credentials',
  autocomplete: 'new-password',
  ...extra,
});

const handle = (example: string) => ({ pattern: HANDLE, example });

export const nexudusSpec: FormSpec = {
  layout: 'categories',
  sections: nexudusSections,
  fields: [
    {
      path: 'FullName',
      label: 'Full name',
      type: 'text',
      section: 'personal',
      required: true,
      autocomplete: 'name',
    },
    {
      path: 'NickName',
      label: 'Nickname',
      description: 'An informal name shown in some community pages.',
      type: 'text',
      nullable: true,
      section: 'personal',
      autocomplete: 'nickname',
    },
    {
      path: 'Gender',
      label: 'Gender',
      description: 'Used for the salutation in messages.',
      type: 'enum',
      section: 'personal',
      options: [
        { value: 'NotSet', label: 'Not set' },
        { value: 'Male', label: 'Male' },
        { value: 'Female', label: 'Female' },
        { value: 'Other', label: 'Other' },
        { value: 'RatherNotSay', label: 'Rather not say' },
      ],
    },
    {
      path: 'DateOfBirth',
      label: 'Date of birth',
      type: 'date',
      nullable: true,
      maxDate: 'today',
      section: 'personal',
      autocomplete: 'bday',
    },
    {
      path: 'MobilePhone',
      label: 'Mobile phone',
      description: 'In any format.',
      type: 'text',
      nullable: true,
      maxLength: 50,
      section: 'personal',
      autocomplete: 'tel',
    },
    {
      path: 'LandLine',
      label: 'Landline',
      type: 'text',
      nullable: true,
      maxLength: 50,
      section: 'personal',
      autocomplete: 'tel',
    },
    {
      path: 'Address',
      label: 'Street address',
      type: 'text',
      section: 'personal',
      autocomplete: 'street-address',
    },
    { path: 'PostCode', label: 'Postcode', type: 'text', section: 'personal', autocomplete: 'postal-code' },
    { path: 'CityName', label: 'City', type: 'text', section: 'personal', autocomplete: 'address-level2' },
    {
      path: 'State',
      label: 'State or region',
      type: 'text',
      section: 'personal',
      autocomplete: 'address-level1',
    },
    country('CountryId', 'Country', 'personal'),

    {
      path: 'BillingName',
      label: 'Billing name',
      description: 'The name on your invoices.',
      type: 'text',
      section: 'billing',
    },
    {
      path: 'BillingEmail',
      label: 'Billing e-mail',
      description: 'Invoices are sent to this address.',
      type: 'email',
      section: 'billing',
      autocomplete: 'email',
    },
    {
      path: 'BillingAddress',
      label: 'Billing street address',
      type: 'text',
      nullable: true,
      section: 'billing',
    },
    { path: 'BillingPostCode', label: 'Billing postcode', type: 'text', nullable: true, section: 'billing' },
    { path: 'BillingCityName', label: 'Billing city', type: 'text', nullable: true, section: 'billing' },
    {
      path: 'BillingState',
      label: 'Billing state or region',
      type: 'text',
      nullable: true,
      section: 'billing',
    },
    country('BillingCountryId', 'Billing country', 'billing'),
    {
      path: 'TaxIDNumber',
      label: 'Tax ID (VAT) number',
      description: 'Printed on your invoices.',
      type: 'text',
      section: 'billing',
    },

    {
      path: 'Position',
      label: 'Position',
      description: 'Your job title.',
      type: 'text',
      nullable: true,
      section: 'professional',
      autocomplete: 'organization-title',
    },
    {
      path: 'CompanyName',
      label: 'Company name',
      type: 'text',
      section: 'professional',
      autocomplete: 'organization',
    },
    {
      path: 'BusinessArea',
      label: 'Business area',
      description: 'Your industry or area of work.',
      type: 'text',
      nullable: true,
      section: 'professional',
    },
    {
      path: 'ProfileSummary',
      label: 'Profile summary',
      description: 'Your professional bio. Markdown works: **bold**, *italic*, lists and [links](https://…).',
      type: 'markdown',
      nullable: true,
      section: 'professional',
    },
    {
      path: 'ProfileWebsite',
      label: 'Website',
      type: 'url',
      nullable: true,
      section: 'professional',
      autocomplete: 'url',
      ...urlPattern({ example: 'https://example.com' }),
    },
    {
      path: 'ProfileTags',
      label: 'Tags',
      description: 'Skills or interests, separated by commas.',
      type: 'text',
      section: 'professional',
    },
    {
      path: 'ProfileIsPublic',
      label: 'List my profile in the member directory',
      type: 'boolean',
      section: 'professional',
    },

    {
      path: 'Twitter',
      label: 'Twitter / X',
      type: 'url',
      nullable: true,
      section: 'social',
      ...urlPattern({
        hosts: ['twitter.com', 'x.com'],
        handle: handle('@jane'),
        example: 'https://x.com/jane',
      }),
    },
    {
      path: 'Linkedin',
      label: 'LinkedIn',
      type: 'url',
      nullable: true,
      section: 'social',
      ...urlPattern({ hosts: ['linkedin.com'], example: 'https://www.linkedin.com/in/jane' }),
    },
    {
      path: 'Github',
      label: 'GitHub',
      type: 'url',
      nullable: true,
      section: 'social',
      ...urlPattern({
        hosts: ['github.com'],
        handle: handle('octocat'),
        example: 'https://github.com/octocat',
      }),
    },
    {
      path: 'Instagram',
      label: 'Instagram',
      type: 'url',
      nullable: true,
      section: 'social',
      ...urlPattern({
        hosts: ['instagram.com'],
        handle: handle('@jane'),
        example: 'https://www.instagram.com/jane',
      }),
    },
    {
      path: 'Facebook',
      label: 'Facebook',
      type: 'url',
      nullable: true,
      section: 'social',
      ...urlPattern({ hosts: ['facebook.com', 'fb.com'], example: 'https://www.facebook.com/jane' }),
    },
    {
      path: 'Skype',
      label: 'Skype name',
      type: 'text',
      nullable: true,
      section: 'social',
      pattern: '^[A-Za-z0-9_.:,-]{1,100}$',
      patternMessage: 'Enter your Skype name, e.g. live:jane.doe (no spaces).',
    },
    {
      path: 'Telegram',
      label: 'Telegram user name',
      type: 'text',
      nullable: true,
      section: 'social',
      pattern: `^${HANDLE}$`,
      patternMessage: 'Enter your Telegram user name, e.g. @jane (letters, digits and underscores).',
    },

    toggle('OnHelpDeskMsg', 'Help desk replies', 'An e-mail when the help desk answers you.'),
    toggle('OnNewWallPost', 'Community board posts', 'An e-mail for each new community board post.'),
    toggle('OnNewBlogComment', 'Article comments', 'An e-mail for each new comment on an article.'),
    toggle('OnNewEventComment', 'Event comments', 'An e-mail for each new comment on an event.'),
    toggle('ReceiveCommunityDigest', 'Community digest', 'A periodic summary of community activity.'),
    toggle('SignUpToNewsletter', 'Newsletter', "The space's newsletter."),

    password('OldPassword', 'Current password', { autocomplete: 'current-password' }),
    password('NewPassword', 'New password', {
      description: PASSWORD_POLICY,
      minLength: 8,
      maxLength: 128,
      pattern: '^(?=.*[A-Za-z])(?=.*\\d).*$',
      patternMessage: 'Use at least one letter and one digit.',
    }),
    password('RepeatNewPassword', 'Repeat new password', { description: 'Type the new password again.' }),
  ],
};

/** The top-level keys of each section, in category order (the editor's `part` is the category index). */
export const sectionKeys: readonly (readonly string[])[] = nexudusSections.map((section) =>
  nexudusSpec.fields.filter((field) => field.section === section.id).map((field) => field.path),
);

export const nullableKeys: ReadonlySet<string> = new Set(
  nexudusSpec.fields.filter((field) => field.nullable).map((field) => field.path),
);
