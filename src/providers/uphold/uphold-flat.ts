// The flat profile (no hint): Uphold's newer API governs the fields `fullName`, `birthdate`, `birthplace`,
// `primaryCitizenship`, `otherCitizenships` and `address` with `verification.rules` (presence + editable).
// The form is generated from a field spec with the shared generator; only editable fields are sent.
import type { JsonSchema7 } from '@jsonforms/core';
import type { FieldSpec, FormSpec } from '../../forms/generator/field-spec';
import { generateForm, type GeneratedForm } from '../../forms/generator/generate-form';
import type { FormData } from '../types';
import { compact } from './uphold-hint';
import { countryNameIn } from './uphold-countries';
import { propertyTarget } from './uphold-errors';
import { upholdMessages } from './uphold-messages';
import type { FieldRule, InputWarning, UpholdCountry, Verification } from './uphold-types';

type UpholdText = ReturnType<typeof upholdMessages.in>;

const COUNTRY_CODE = '^[A-Z]{2}$';
const TWO_WORDS = '^\\S+\\s+\\S+(\\s+\\S+)*$';
/** Uphold's own date rules (the same options its hints carry), checked by the shared date-rule validator. */
const AGE_RULES = [
  { rule: 'difference-greater-than-or-equal-to-threshold', threshold: { limit: 18, unit: 'years' } },
  { rule: 'difference-less-than-or-equal-to-threshold', threshold: { limit: 100, unit: 'years' } },
];

type FlatField = Omit<FieldSpec, 'required' | 'readOnly'>;

/** Every flat field Uphold knows, in the order shown, in a locale's words. */
const flatFields = (t: UpholdText): readonly FlatField[] => [
  {
    path: 'fullName',
    label: t('flat.fullName'),
    type: 'text',
    minLength: 2,
    maxLength: 255,
    pattern: TWO_WORDS,
    patternMessage: t('flat.fullNamePattern'),
    autocomplete: 'name',
    section: 'personal',
  },
  {
    path: 'birthdate',
    label: t('flat.birthdate'),
    type: 'date',
    maxDate: 'today',
    ui: { rules: AGE_RULES },
    section: 'personal',
  },
  {
    path: 'primaryCitizenship',
    label: t('flat.primaryCitizenship'),
    type: 'country',
    pattern: COUNTRY_CODE,
    ui: { country: { source: 'countries', excludeRestricted: ['citizenship'] } },
    section: 'personal',
  },
  {
    path: 'otherCitizenships',
    label: t('flat.otherCitizenships'),
    type: 'country',
    ui: { country: { source: 'countries', multiple: true, excludeRestricted: ['citizenship'] } },
    section: 'personal',
  },
  {
    path: 'birthplace.country',
    label: t('flat.birthCountry'),
    type: 'country',
    pattern: COUNTRY_CODE,
    ui: { country: { source: 'countries' } },
    section: 'birthplace',
  },
  {
    path: 'birthplace.town',
    label: t('flat.birthTown'),
    type: 'text',
    maxLength: 255,
    section: 'birthplace',
  },
  {
    path: 'address.line1',
    label: t('flat.line1'),
    type: 'text',
    maxLength: 255,
    autocomplete: 'address-line1',
    section: 'address',
  },
  {
    path: 'address.line2',
    label: t('flat.line2'),
    type: 'text',
    maxLength: 255,
    autocomplete: 'address-line2',
    section: 'address',
  },
  {
    path: 'address.city',
    label: t('flat.city'),
    type: 'text',
    maxLength: 255,
    autocomplete: 'address-level2',
    section: 'address',
  },
  {
    path: 'address.subdivision',
    label: t('flat.subdivision'),
    type: 'text',
    pattern: '^[A-Z]{2}-[A-Z0-9]{1,3}$',
    section: 'address',
  },
  {
    path: 'address.postalCode',
    label: t('flat.postalCode'),
    type: 'text',
    maxLength: 16,
    autocomplete: 'postal-code',
    section: 'address',
  },
];

const sectionsIn = (t: UpholdText) => [
  { id: 'personal', label: t('flat.sections.personal') },
  { id: 'birthplace', label: t('flat.sections.birthplace') },
  { id: 'address', label: t('flat.sections.address') },
];

/** A field's rule: its own, else its parent object's (Uphold nests rules for `birthplace` and `address`). */
export function ruleFor(rules: Record<string, FieldRule> | undefined, path: string): FieldRule | undefined {
  if (!rules) return { presence: 'optional', editable: true };
  const [head, child] = path.split('.');
  const own = rules[head ?? ''];
  if (!own || child === undefined) return own;
  if (own.presence === 'disallowed') return own;
  const nested = own.rules?.[child];
  if (!nested) return own.rules ? undefined : own;
  return { ...nested, editable: own.editable && nested.editable };
}

function lockedReason(verification: Verification | undefined, t: UpholdText): string {
  switch (verification?.model) {
    case 'uphold-verified':
      return t('flat.lockedUphold');
    case 'partner-verified':
      return t('flat.lockedPartner');
    default:
      return t('flat.locked');
  }
}

/**
 * Subdivision choices ('GB-MAN') from the countries' subdivisions, without those closed to residents: the region
 * as Uphold names it (asked in the locale's Accept-Language), the country in the locale's words (Intl).
 */
function subdivisionChoices(countries: readonly UpholdCountry[], current: unknown, locale: string) {
  const countryName = countryNameIn(locale);
  return countries
    .flatMap((country) =>
      (country.subdivisions ?? [])
        .filter((s) => s.code === current || !(s.restrictions ?? []).some((r) => r.scope === 'residence'))
        .map((s) => ({ value: s.code, label: `${s.name} (${countryName(country)})` })),
    )
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export function flatSpec(
  verification: Verification | undefined,
  countries: readonly UpholdCountry[],
  input: FormData,
  locale = 'en',
): FormSpec {
  const t = upholdMessages.in(locale);
  const reason = lockedReason(verification, t);
  const subdivisions = subdivisionChoices(
    countries,
    (input.address as Record<string, unknown> | undefined)?.subdivision,
    locale,
  );
  const fields = flatFields(t).flatMap((field): FieldSpec[] => {
    const rule = ruleFor(verification?.rules, field.path);
    if (!rule || rule.presence === 'disallowed') return [];
    const spec: FieldSpec = {
      ...field,
      required: rule.presence === 'required',
      ...(!rule.editable && { readOnly: reason }),
    };
    if (field.path === 'address.subdivision' && subdivisions.length > 0) {
      return [{ ...spec, ui: { choices: subdivisions } }];
    }
    return [spec];
  });
  return { fields, sections: sectionsIn(t), layout: 'groups' };
}

/** The generated form, with `otherCitizenships` as a list of country codes (the generator's lists hold objects). */
export function flatForm(
  verification: Verification | undefined,
  countries: readonly UpholdCountry[],
  input: FormData,
  locale = 'en',
): GeneratedForm & { data: FormData } {
  const generated = generateForm(flatSpec(verification, countries, input, locale));
  const properties = (generated.schema.properties ?? {}) as Record<string, JsonSchema7>;
  const others = properties.otherCitizenships;
  if (others) {
    properties.otherCitizenships = {
      title: others.title,
      ...(others.readOnly && { readOnly: true }),
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: COUNTRY_CODE },
    };
  }
  const data: FormData = structuredClone(input);
  for (const parent of ['birthplace', 'address']) {
    // A required object gets an empty value, so its own required fields are reported on those fields.
    if (ruleFor(verification?.rules, parent)?.presence === 'required' && properties[parent]) {
      data[parent] ??= {};
    }
  }
  return { ...generated, data };
}

/** The flat `input` to send: every editable field Uphold allows, without empty values. */
export function flatInput(draft: FormData, verification: Verification | undefined): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of flatFields(upholdMessages.in('en'))) {
    const rule = ruleFor(verification?.rules, field.path);
    if (!rule || rule.presence === 'disallowed' || !rule.editable) continue;
    const [head = '', child] = field.path.split('.');
    if (child === undefined) {
      input[head] = draft[head];
    } else {
      const source = draft[head] as Record<string, unknown> | undefined;
      const target = (input[head] ??= {}) as Record<string, unknown>;
      target[child] = source?.[child];
    }
  }
  return (compact(input) as Record<string, unknown> | undefined) ?? {};
}

/** The warning's property as a path into the data, in either place Uphold may put it. */
const warningPointer = (warning: InputWarning) => {
  const property = warning.details?.property ?? warning.property;
  return property ? propertyTarget(property)?.field : undefined;
};

export const warningMessage = (warning: InputWarning) =>
  warning.code === 'verification_rule_violated'
    ? upholdMessages.t('warningRule')
    : warning.message
      ? upholdMessages.t('warningNotAppliedSaid', { said: warning.message })
      : upholdMessages.t('warningNotApplied');

/** Shows `warnings.input[]` on their fields (as the field's description, which the control links to it). */
export function withWarnings(schema: JsonSchema7, warnings: readonly InputWarning[]): JsonSchema7 {
  if (warnings.length === 0) return schema;
  const copy = structuredClone(schema);
  for (const warning of warnings) {
    const pointer = warningPointer(warning);
    if (!pointer) continue;
    let node: JsonSchema7 | undefined = copy;
    for (const segment of pointer.split('/').slice(1)) {
      node = node?.properties?.[segment];
    }
    if (node) node.description = warningMessage(warning);
  }
  return copy;
}

/** Warnings no field shows (their property is unknown to the form). */
export function unplacedWarnings(schema: JsonSchema7, warnings: readonly InputWarning[]): InputWarning[] {
  return warnings.filter((warning) => {
    const pointer = warningPointer(warning);
    if (!pointer) return true;
    let node: JsonSchema7 | undefined = schema;
    for (const segment of pointer.split('/').slice(1)) {
      node = node?.properties?.[segment];
    }
    return node === undefined;
  });
}
