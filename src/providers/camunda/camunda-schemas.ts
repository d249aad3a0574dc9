// Camunda 7's answers as the editor reads them (engine-rest /user/{id}/profile and OPTIONS /user/{id}), parsed at
// the edge so a body that is not as documented is a clear error naming the field.
import * as v from 'valibot';

const text = v.nullish(v.string(), null);

/** GET /user/{id}/profile: UserProfileDto. Camunda sends null for a field that is not set. */
export const CamundaProfileSchema = v.object({
  id: v.string(),
  firstName: text,
  lastName: text,
  email: text,
});
export type CamundaProfile = v.InferOutput<typeof CamundaProfileSchema>;

/** OPTIONS /user/{id}: ResourceOptionsDto, the operations allowed on the user as links. */
export const CamundaResourceOptionsSchema = v.object({
  links: v.optional(
    v.array(v.object({ method: v.optional(v.string()), href: v.optional(v.string()), rel: v.string() })),
    [],
  ),
});
