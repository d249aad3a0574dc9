// Nexudus's answers as the editor reads them (the customer profile, the PATCH's ActionConfirmation and the country
// list), parsed at the edge: every field the form shows must have the type its spec says (or be null / absent).
import * as v from 'valibot';
import type { FieldSpec } from '../../forms/generator/field-spec';
import { nexudusSpec, PASSWORD_FIELDS } from './nexudus-spec';

function fieldSchema(field: FieldSpec) {
  switch (field.type) {
    case 'boolean':
      return v.nullish(v.boolean());
    case 'integer':
    case 'number':
    case 'country':
      // Country fields hold Nexudus's numeric country ids.
      return v.nullish(v.number());
    case 'enum':
      // Nexudus's own records number some enums (eGender) where the contract names them.
      return v.nullish(v.union([v.string(), v.number()]));
    default:
      return v.nullish(v.string());
  }
}

const passwords: ReadonlySet<string> = new Set(PASSWORD_FIELDS);
const formFields = Object.fromEntries(
  nexudusSpec.fields.filter((field) => !passwords.has(field.path)).map((f) => [f.path, fieldSchema(f)]),
);

/** GET /en/profile?_resource=Coworker: `{ Coworker: {…} }`; fields the form does not edit are kept as sent. */
export const NexudusProfileSchema = v.looseObject({
  Coworker: v.looseObject({ Id: v.optional(v.number()), Email: v.nullish(v.string()), ...formFields }),
});

/** The ActionConfirmation envelope of a write; a PATCH may also answer with no body. */
export const ActionConfirmationSchema = v.optional(
  v.looseObject({
    WasSuccessful: v.boolean(),
    Value: v.optional(v.unknown()),
    Status: v.optional(v.number()),
    Message: v.nullish(v.string()),
    Errors: v.optional(v.unknown()),
  }),
);

/** GET /api/public/countries: `{ Countries: [{ Id, Name, TwoDigitsCode, Culture }] }`. */
export const NexudusCountriesSchema = v.looseObject({
  Countries: v.array(
    v.object({
      Id: v.number(),
      Name: v.string(),
      TwoDigitsCode: v.string(),
      Culture: v.optional(v.string(), ''),
    }),
  ),
});
