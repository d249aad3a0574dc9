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

/** Formats this validator knows (for tests and for deciding what a formatMaximum can compare). */
export const hasFormat = (name: string) => name in format;
