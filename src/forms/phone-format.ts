// The `phone` format (international numbers): libphonenumber's check with its metadata (~30 KB gzip), loaded only
// where a phone field exists — the phone input asks for it when it mounts, and the first phone value validated
// does too. Until it has arrived, a structural check stands in: a +, a country code and 7–15 digits in all.
let check: ((value: string) => boolean) | undefined;
let loading: Promise<void> | undefined;

export function loadPhoneCheck(): Promise<void> {
  loading ??= import('libphonenumber-js/min').then(
    (module) => {
      check = module.isValidPhoneNumber;
    },
    (error: unknown) => {
      loading = undefined; // a later phone field tries again
      throw error;
    },
  );
  return loading;
}

const PLAUSIBLE = /^\+[1-9]\d{6,14}$/;

export function isPhoneNumber(value: string): boolean {
  if (check) return check(value);
  loadPhoneCheck().catch(() => undefined);
  return PLAUSIBLE.test(value.replace(/[\s().-]/g, ''));
}

/** Whether the full check has arrived (tests). */
export const phoneCheckLoaded = (): boolean => check !== undefined;
