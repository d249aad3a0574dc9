// Wise's profile as the editor reads it (GET /v2/profiles/{id}, and the PUT's answer), parsed at the edge so a
// body that is not as documented is a clear error naming the field, never a silently wrong form.
import * as v from 'valibot';

const text = v.nullish(v.string());

// Unknown fields are dropped: the editor reads only these.
export const WiseAddressSchema = v.object({
  addressFirstLine: text,
  city: text,
  countryIso2Code: text,
  countryIso3Code: text,
  postCode: text,
  stateCode: text,
});

/** GET /v2/profiles/{profileId}; `verificationState` is added by the partner's proxy (see README). */
export const WiseProfileSchema = v.object({
  id: v.number(),
  type: v.string(),
  firstName: text,
  lastName: text,
  preferredName: text,
  dateOfBirth: text,
  /** The account's own e-mail and phone (not what the form edits). */
  email: text,
  phoneNumber: text,
  /** The profile's contact details: what the update's `contactDetails` sets, and what the form edits. */
  contactDetails: v.nullish(v.object({ email: text, phoneNumber: text })),
  address: v.nullish(WiseAddressSchema),
  updatedAt: text,
  verificationState: v.optional(v.picklist(['verified', 'not_verified'])),
});
