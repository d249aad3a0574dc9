// Nexudus customer profile (PATCH /api/public/coworker/profile): the field spec the form is generated from, in a
// locale's words, grouped as the contract groups it. `nullable` marks the fields the contract types `string | null`.
import type { FieldSpec, FormSpec, SectionSpec } from '../../forms/generator/field-spec';
import { HANDLE, urlPattern } from '../../forms/generator/url-patterns';
import { formsMessages } from '../../forms/forms-messages';
import { nexudusMessages, type NexudusText } from './nexudus-messages';

const english = nexudusMessages.in('en');
type FormsText = ReturnType<typeof formsMessages.in>;

export const COUNTRY_SOURCE = 'nexudus-countries';

export const PASSWORD_POLICY = english('passwordPolicy');
export const PASSWORD_FIELDS = ['OldPassword', 'NewPassword', 'RepeatNewPassword'] as const;

const sectionsIn = (t: NexudusText): readonly SectionSpec[] => [
  { id: 'personal', label: t('sections.personal') },
  { id: 'billing', label: t('sections.billing'), description: t('sections.billingDescription') },
  {
    id: 'professional',
    label: t('sections.professional'),
    description: t('sections.professionalDescription'),
  },
  { id: 'social', label: t('sections.social') },
  {
    id: 'notifications',
    label: t('sections.notifications'),
    description: t('sections.notificationsDescription'),
  },
  {
    id: 'credentials',
    label: t('sections.credentials'),
    description: t('sections.credentialsDescription'),
  },
];

/** The sections in English (their ids and order are the same in every language). */
export const nexudusSections = sectionsIn(english);

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

const GENDERS = ['NotSet', 'Male', 'Female', 'Other', 'RatherNotSay'] as const;

export const nexudusSpecIn = (t: NexudusText, forms: FormsText): FormSpec => ({
  layout: 'categories',
  sections: sectionsIn(t),
  fields: [
    {
      path: 'FullName',
      label: t('fields.fullName'),
      type: 'text',
      section: 'personal',
      required: true,
      autocomplete: 'name',
    },
    {
      path: 'NickName',
      label: t('fields.nickName'),
      description: t('fields.nickNameHelp'),
      type: 'text',
      nullable: true,
      section: 'personal',
      autocomplete: 'nickname',
    },
    {
      path: 'Gender',
      label: t('fields.gender'),
      description: t('fields.genderHelp'),
      type: 'enum',
      section: 'personal',
      options: GENDERS.map((value) => ({ value, label: t(`gender.${value}`) })),
    },
    {
      path: 'DateOfBirth',
      label: t('fields.dateOfBirth'),
      type: 'date',
      nullable: true,
      maxDate: 'today',
      section: 'personal',
      autocomplete: 'bday',
    },
    {
      path: 'MobilePhone',
      label: t('fields.mobilePhone'),
      description: t('fields.mobilePhoneHelp'),
      type: 'text',
      nullable: true,
      maxLength: 50,
      section: 'personal',
      autocomplete: 'tel',
    },
    {
      path: 'LandLine',
      label: t('fields.landLine'),
      type: 'text',
      nullable: true,
      maxLength: 50,
      section: 'personal',
      autocomplete: 'tel',
    },
    {
      path: 'Address',
      label: t('fields.address'),
      type: 'text',
      section: 'personal',
      autocomplete: 'street-address',
    },
    {
      path: 'PostCode',
      label: t('fields.postCode'),
      type: 'text',
      section: 'personal',
      autocomplete: 'postal-code',
    },
    {
      path: 'CityName',
      label: t('fields.cityName'),
      type: 'text',
      section: 'personal',
      autocomplete: 'address-level2',
    },
    {
      path: 'State',
      label: t('fields.state'),
      type: 'text',
      section: 'personal',
      autocomplete: 'address-level1',
    },
    country('CountryId', t('fields.country'), 'personal'),

    {
      path: 'BillingName',
      label: t('fields.billingName'),
      description: t('fields.billingNameHelp'),
      type: 'text',
      section: 'billing',
    },
    {
      path: 'BillingEmail',
      label: t('fields.billingEmail'),
      description: t('fields.billingEmailHelp'),
      type: 'email',
      section: 'billing',
      autocomplete: 'email',
    },
    {
      path: 'BillingAddress',
      label: t('fields.billingAddress'),
      type: 'text',
      nullable: true,
      section: 'billing',
    },
    {
      path: 'BillingPostCode',
      label: t('fields.billingPostCode'),
      type: 'text',
      nullable: true,
      section: 'billing',
    },
    {
      path: 'BillingCityName',
      label: t('fields.billingCityName'),
      type: 'text',
      nullable: true,
      section: 'billing',
    },
    {
      path: 'BillingState',
      label: t('fields.billingState'),
      type: 'text',
      nullable: true,
      section: 'billing',
    },
    country('BillingCountryId', t('fields.billingCountry'), 'billing'),
    {
      path: 'TaxIDNumber',
      label: t('fields.taxIdNumber'),
      description: t('fields.taxIdNumberHelp'),
      type: 'text',
      section: 'billing',
    },

    {
      path: 'Position',
      label: t('fields.position'),
      description: t('fields.positionHelp'),
      type: 'text',
      nullable: true,
      section: 'professional',
      autocomplete: 'organization-title',
    },
    {
      path: 'CompanyName',
      label: t('fields.companyName'),
      type: 'text',
      section: 'professional',
      autocomplete: 'organization',
    },
    {
      path: 'BusinessArea',
      label: t('fields.businessArea'),
      description: t('fields.businessAreaHelp'),
      type: 'text',
      nullable: true,
      section: 'professional',
    },
    {
      path: 'ProfileSummary',
      label: t('fields.profileSummary'),
      description: t('fields.profileSummaryHelp'),
      type: 'markdown',
      nullable: true,
      section: 'professional',
    },
    {
      path: 'ProfileWebsite',
      label: t('fields.profileWebsite'),
      type: 'url',
      nullable: true,
      section: 'professional',
      autocomplete: 'url',
      ...urlPattern({ example: 'https://example.com' }, forms),
    },
    {
      path: 'ProfileTags',
      label: t('fields.profileTags'),
      description: t('fields.profileTagsHelp'),
      type: 'text',
      section: 'professional',
    },
    {
      path: 'ProfileIsPublic',
      label: t('fields.profileIsPublic'),
      type: 'boolean',
      section: 'professional',
    },

    {
      path: 'Twitter',
      label: t('fields.twitter'),
      type: 'url',
      nullable: true,
      section: 'social',
      ...urlPattern(
        {
          hosts: ['twitter.com', 'x.com'],
          handle: handle('@jane'),
          example: 'https://x.com/jane',
        },
        forms,
      ),
    },
    {
      path: 'Linkedin',
      label: t('fields.linkedin'),
      type: 'url',
      nullable: true,
      section: 'social',
      ...urlPattern({ hosts: ['linkedin.com'], example: 'https://www.linkedin.com/in/jane' }, forms),
    },
    {
      path: 'Github',
      label: t('fields.github'),
      type: 'url',
      nullable: true,
      section: 'social',
      ...urlPattern(
        {
          hosts: ['github.com'],
          handle: handle('octocat'),
          example: 'https://github.com/octocat',
        },
        forms,
      ),
    },
    {
      path: 'Instagram',
      label: t('fields.instagram'),
      type: 'url',
      nullable: true,
      section: 'social',
      ...urlPattern(
        {
          hosts: ['instagram.com'],
          handle: handle('@jane'),
          example: 'https://www.instagram.com/jane',
        },
        forms,
      ),
    },
    {
      path: 'Facebook',
      label: t('fields.facebook'),
      type: 'url',
      nullable: true,
      section: 'social',
      ...urlPattern({ hosts: ['facebook.com', 'fb.com'], example: 'https://www.facebook.com/jane' }, forms),
    },
    {
      path: 'Skype',
      label: t('fields.skype'),
      type: 'text',
      nullable: true,
      section: 'social',
      pattern: '^[A-Za-z0-9_.:,-]{1,100}$',
      patternMessage: t('fields.skypePattern'),
    },
    {
      path: 'Telegram',
      label: t('fields.telegram'),
      type: 'text',
      nullable: true,
      section: 'social',
      pattern: `^${HANDLE}$`,
      patternMessage: t('fields.telegramPattern'),
    },

    toggle('OnHelpDeskMsg', t('fields.onHelpDeskMsg'), t('fields.onHelpDeskMsgHelp')),
    toggle('OnNewWallPost', t('fields.onNewWallPost'), t('fields.onNewWallPostHelp')),
    toggle('OnNewBlogComment', t('fields.onNewBlogComment'), t('fields.onNewBlogCommentHelp')),
    toggle('OnNewEventComment', t('fields.onNewEventComment'), t('fields.onNewEventCommentHelp')),
    toggle(
      'ReceiveCommunityDigest',
      t('fields.receiveCommunityDigest'),
      t('fields.receiveCommunityDigestHelp'),
    ),
    toggle('SignUpToNewsletter', t('fields.signUpToNewsletter'), t('fields.signUpToNewsletterHelp')),

    password('OldPassword', t('fields.oldPassword'), { autocomplete: 'current-password' }),
    password('NewPassword', t('fields.newPassword'), {
      description: t('passwordPolicy'),
      minLength: 8,
      maxLength: 128,
      pattern: '^(?=.*[A-Za-z])(?=.*\\d).*$',
      patternMessage: t('fields.newPasswordPattern'),
    }),
    password('RepeatNewPassword', t('fields.repeatNewPassword'), {
      description: t('fields.repeatNewPasswordHelp'),
    }),
  ],
});

/** The spec in English (its structure is the same in every language). */
export const nexudusSpec = nexudusSpecIn(english, formsMessages.in('en'));

/** The top-level keys of each section, in category order (the editor's `part` is the category index). */
export const sectionKeys: readonly (readonly string[])[] = nexudusSections.map((section) =>
  nexudusSpec.fields.filter((field) => field.section === section.id).map((field) => field.path),
);

export const nullableKeys: ReadonlySet<string> = new Set(
  nexudusSpec.fields.filter((field) => field.nullable).map((field) => field.path),
);
