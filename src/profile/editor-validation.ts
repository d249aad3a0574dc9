// Which validation errors block a save and which the user sees. Our checks beyond a provider's contract (formats
// such as libphonenumber's, postal-code patterns) flag a value the provider already holds but never block a save
// of other changes: on a field the user did not change they are warnings.
import type { ErrorObject } from 'ajv';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { sharedControlValidators } from '../forms/validation/control-validators';
import type { ControlValidator } from '../forms/validation/control-validator';
import { postalCodeValidator } from '../forms/validation/postal-code-validator';
import { errorPointer, fieldError, validateForm } from '../forms/validation/validate-form';
import type { FieldError, FormData } from '../providers/types';
import { isWithinPointer, valueAt } from '../forms/data/data-paths';
import { sameValue } from '../forms/data/form-data';
import { editorText } from './editor-text';

/** Error keywords of checks stricter than the providers' contracts. */
const STRICTER_THAN_CONTRACT = new Set(['format', postalCodeValidator.id]);

export interface ClassifiedErrors {
  /** Errors that stop a save. */
  blocking: ErrorObject[];
  /** Our stricter checks on values the provider already holds and the user left alone. */
  warnings: ErrorObject[];
}

export function validateDraft(args: {
  schema: JsonSchema;
  uischema: UISchemaElement;
  base: FormData;
  draft: FormData;
  validators: readonly ControlValidator[] | undefined;
}): ClassifiedErrors {
  const { schema, uischema, base, draft, validators } = args;
  const errors = validateForm(schema, uischema, draft, [...sharedControlValidators, ...(validators ?? [])]);
  const blocking: ErrorObject[] = [];
  const warnings: ErrorObject[] = [];
  for (const error of errors) {
    const pointer = errorPointer(error);
    const untouched = sameValue(valueAt(base, pointer), valueAt(draft, pointer));
    if (untouched && STRICTER_THAN_CONTRACT.has(error.keyword)) warnings.push(error);
    else blocking.push(error);
  }
  return { blocking, warnings };
}

/** Blocking errors within the given top-level keys (a category's save), or all. */
export const blockingWithin = (errors: ClassifiedErrors, keys: readonly string[] | undefined) =>
  keys
    ? errors.blocking.filter((e) => keys.some((k) => isWithinPointer(errorPointer(e), `/${k}`)))
    : errors.blocking;

const near = (pointer: string, touched: ReadonlySet<string>) =>
  [...touched].some((t) => isWithinPointer(pointer, t) || isWithinPointer(t, pointer));

/** What the form shows: errors of touched fields (all after a save attempt), warnings, the provider's errors. */
export function visibleErrors(args: {
  errors: ClassifiedErrors;
  touched: ReadonlySet<string>;
  showAll: boolean;
  serverErrors: readonly FieldError[];
}): ErrorObject[] {
  const { errors, touched, showAll, serverErrors } = args;
  return [
    ...errors.blocking.filter((e) => showAll || near(errorPointer(e), touched)),
    ...errors.warnings.map((e) => ({ ...e, message: editorText.onFileWarning(e.message ?? '') })),
    ...serverErrors.map((e) => fieldError(e.path, e.message, 'server')),
  ];
}

/** A stable key for a list of errors: the same errors keep the same array (JSON Forms is not re-run). */
export const errorsKey = (errors: readonly ErrorObject[]) =>
  errors.map((e) => `${errorPointer(e)}\u0000${e.keyword}\u0000${e.message ?? ''}`).join('\u0001');
