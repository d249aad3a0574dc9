// Validation beyond JSON Schema, attached to controls by their uischema options (e.g. date-difference rules).
import type { ControlElement, JsonSchema } from '@jsonforms/core';

export interface ControlValidator {
  id: string;
  /** Whether this validator checks the given control (usually by its uischema options). */
  appliesTo(control: ControlElement, schema: JsonSchema | undefined): boolean;
  /** A message for the user, or undefined when the value is fine. `data` is the whole form's data. */
  validate(value: unknown, control: ControlElement, data: unknown): string | undefined;
}
