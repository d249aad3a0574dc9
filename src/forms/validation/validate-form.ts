// Validates a form's data: JSON Schema through our AJV, then the control validators (rules beyond the schema).
// Returns AJV-shaped errors so JSON Forms shows each under its control.
import type { ErrorObject } from 'ajv';
import type { ControlElement, JsonSchema, UISchemaElement } from '@jsonforms/core';
import { validateWith } from '../ajv';
import type { ControlValidator } from './control-validator';
import { humanMessage } from './error-messages';
import { hiddenPointers, isWithin } from './hidden-controls';
import { withUnexpectedOnTheirFields } from './unexpected-properties';
import { controlsOf, pointerOfScope, resolveSchema, valueAt } from './uischema-walk';

/** The JSON pointer of the field an error belongs to ('/address/city'). */
export function errorPointer(error: ErrorObject): string {
  if (error.keyword === 'required') {
    return `${error.instancePath}/${String((error.params as { missingProperty?: string }).missingProperty)}`;
  }
  return error.instancePath;
}

// Errors a person cannot act on: combinator wrappers and `if` report the same fault again at the parent.
const NOISE = new Set(['if', 'allOf', 'anyOf', 'not']);

export function fieldError(pointer: string, message: string, keyword = 'custom'): ErrorObject {
  return { instancePath: pointer, keyword, message, schemaPath: `#/${keyword}`, params: {} };
}

export function validateForm(
  schema: JsonSchema,
  uischema: UISchemaElement,
  data: unknown,
  validators: readonly ControlValidator[],
): ErrorObject[] {
  // A field hidden by a rule cannot be seen or corrected: its errors do not count.
  const hidden = hiddenPointers(uischema, data);
  const errors: ErrorObject[] = withUnexpectedOnTheirFields(
    validateWith(schema as object, data).filter((error) => !NOISE.has(error.keyword)),
  )
    .filter((error) => !isWithin(errorPointer(error), hidden))
    .map((error) => ({ ...error, message: humanMessage(error) }))
    // Each oneOf branch of a closed list fails on its own; say it once per field.
    .filter((error, index, all) => {
      const key = (e: ErrorObject) => `${errorPointer(e)}\u0000${e.message ?? ''}`;
      return all.findIndex((other) => key(other) === key(error)) === index;
    });
  if (validators.length === 0) return errors;
  for (const { control, pointer, applicable } of checksOf(schema, uischema, validators)) {
    if (isWithin(pointer, hidden)) continue;
    const value = valueAt(data, pointer);
    for (const validator of applicable) {
      const message = validator.validate(value, control, data);
      if (message) errors.push(fieldError(pointer, message, validator.id));
    }
  }
  return errors;
}

interface ControlChecks {
  control: ControlElement;
  pointer: string;
  applicable: readonly ControlValidator[];
}

const plans = new WeakMap<
  UISchemaElement,
  { schema: JsonSchema; validators: readonly ControlValidator[]; checks: ControlChecks[] }
>();

/**
 * The controls that have validators beyond the schema, with those validators: worked out once per form (its
 * schema, uischema and validators), not on every validation of a keystroke's commit.
 */
function checksOf(
  schema: JsonSchema,
  uischema: UISchemaElement,
  validators: readonly ControlValidator[],
): ControlChecks[] {
  const plan = plans.get(uischema);
  const same =
    plan !== undefined &&
    plan.schema === schema &&
    plan.validators.length === validators.length &&
    plan.validators.every((validator, index) => validator === validators[index]);
  if (same) return plan.checks;
  const checks: ControlChecks[] = [];
  for (const control of controlsOf(uischema)) {
    const controlSchema = resolveSchema(schema, control.scope);
    const applicable = validators.filter((v) => v.appliesTo(control, controlSchema));
    if (applicable.length > 0) checks.push({ control, pointer: pointerOfScope(control.scope), applicable });
  }
  plans.set(uischema, { schema, validators: [...validators], checks });
  return checks;
}
