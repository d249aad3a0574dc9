// The `phone` format (international numbers): libphonenumber's check with its metadata (~30 KB gzip), loaded only
// where a phone field exists, once the form has shown (when the browser is idle after a phone input mounts or a
// phone value is validated), or at once when a phone input gets the focus. Until it has arrived, a structural
// check stands in: a +, a country code and 7–15 digits in all.
import { formatsChanged } from './validation/formats';

let check: ((value: string) => boolean) | undefined;
let loading: Promise<void> | undefined;

export function loadPhoneCheck(): Promise<void> {
  loading ??= import('libphonenumber-js/min').then(
    (module) => {
      check = module.isValidPhoneNumber;
      // Values checked by the structural stand-in are checked again, in full.
      formatsChanged();
    },
    (error: unknown) => {
      loading = undefined; // a later phone field tries again
      throw error;
    },
  );
  return loading;
}

let scheduled = false;

/** Loads the check when the browser is next idle: after the form's first paint, not in its way. */
export function loadPhoneCheckSoon(): void {
  if (check || loading || scheduled) return;
  scheduled = true;
  const start = () => {
    scheduled = false;
    loadPhoneCheck().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 1000 });
  else setTimeout(start, 50);
}

const PLAUSIBLE = /^\+[1-9]\d{6,14}$/;

export function isPhoneNumber(value: string): boolean {
  if (check) return check(value);
  loadPhoneCheckSoon();
  return PLAUSIBLE.test(value.replace(/[\s().-]/g, ''));
}

/** Whether the full check has arrived (tests). */
export const phoneCheckLoaded = (): boolean => check !== undefined;
