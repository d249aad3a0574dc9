// The `format` checks of our validator: the interpreter's own (date, date-time, time, email, uri, uuid, …) plus
// what we register here. A registration is one call, so a heavy check (the phone number) can live in a module of
// its own and be loaded when a form needs it.
import { format } from '@cfworker/json-schema';

/** Adds (or replaces) a string format: `check` answers whether a string value is valid. */
export function registerFormat(name: string, check: (value: string) => boolean): void {
  format[name] = check;
}

const anyText = () => true;
// Postal codes are checked by their control against the chosen country; the others only tell the renderer.
for (const name of ['postal-code', 'markdown', 'password']) registerFormat(name, anyText);

// A check that arrives later (the phone library) changes what earlier answers would have been: forms that hold
// validation results re-validate when the version moves.
let version = 0;
const listeners = new Set<() => void>();

/** Says that a format's check was replaced (e.g. a lazily loaded, stricter check arrived). */
export function formatsChanged(): void {
  version += 1;
  listeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: the version of the format checks, and its subscription. */
export const formatChecks = {
  version: (): number => version,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Formats this validator knows (for tests and for deciding what a formatMaximum can compare). */
export const hasFormat = (name: string) => name in format;
