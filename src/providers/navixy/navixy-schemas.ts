// Navixy's answers as the editor reads them (user/get_info, plugin/list, user/personal_info/update), parsed at the
// edge: the `success` envelope, and every user_info field the form shows must be text (or absent / null).
import * as v from 'valibot';
import { navixySpec } from './navixy-spec';

/** A 200 can still say `success: false` (an error body): that is told apart before the parse. */
export const NavixyEnvelopeSchema = v.looseObject({ success: v.boolean() });

const formFields = Object.fromEntries(
  navixySpec.fields.map((field) => [field.path, v.optional(v.nullable(v.string()))]),
);

/** user/get_info: `user_info` carries more than the form edits (id, login, …), which is left alone. */
export const NavixyUserInfoSchema = v.looseObject({
  success: v.literal(true),
  user_info: v.looseObject(formFields),
});

/** plugin/list: the account's plugins; only their numeric ids matter here. */
export const NavixyPluginListSchema = v.looseObject({
  success: v.literal(true),
  list: v.array(v.looseObject({ id: v.number() })),
});
