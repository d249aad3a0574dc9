// Checks beyond JSON Schema for the credentials section: the three password fields go together, and the repeat
// must match the new password (Nexudus checks both again on its side).
import type { ControlValidator } from '../../forms/validation/control-validator';
import { nexudusMessages } from './nexudus-messages';
import { PASSWORD_FIELDS } from './nexudus-spec';

const t = nexudusMessages.t;

type PasswordKey = (typeof PASSWORD_FIELDS)[number];

const keyOf = (scope: string) => scope.replace('#/properties/', '');
const filled = (value: unknown) => typeof value === 'string' && value !== '';
const isPasswordKey = (key: string): key is PasswordKey =>
  (PASSWORD_FIELDS as readonly string[]).includes(key);

const MISSING = {
  OldPassword: 'passwords.missingOld',
  NewPassword: 'passwords.missingNew',
  RepeatNewPassword: 'passwords.missingRepeat',
} as const satisfies Record<PasswordKey, string>;

export const passwordsTogether: ControlValidator = {
  id: 'nexudus-passwords-together',
  appliesTo: (control) => isPasswordKey(keyOf(control.scope)),
  validate(value, control, data) {
    const key = keyOf(control.scope) as PasswordKey;
    const all = (data ?? {}) as Record<string, unknown>;
    if (filled(value) || !PASSWORD_FIELDS.some((k) => filled(all[k]))) return undefined;
    return t(MISSING[key]);
  },
};

export const repeatMatches: ControlValidator = {
  id: 'nexudus-repeat-matches',
  appliesTo: (control) => keyOf(control.scope) === 'RepeatNewPassword',
  validate(value, _control, data) {
    const next = (data as Record<string, unknown> | undefined)?.NewPassword;
    return filled(value) && value !== next ? t('passwords.noMatch') : undefined;
  },
};
