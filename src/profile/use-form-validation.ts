// Which validation errors the user sees: those of fields they touched, all of them after a save attempt,
// plus the server's field errors (until the field is edited again).
import { useCallback, useMemo, useState } from 'react';
import type { ErrorObject } from 'ajv';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { sharedControlValidators } from '../forms/validation/control-validators';
import type { ControlValidator } from '../forms/validation/control-validator';
import { errorPointer, fieldError, validateForm } from '../forms/validation/validate-form';
import type { FieldError, FormData } from '../providers/types';

const within = (pointer: string, touched: ReadonlySet<string>) =>
  [...touched].some((t) => pointer === t || pointer.startsWith(`${t}/`) || t.startsWith(`${pointer}/`));

export function useFormValidation(args: {
  schema: JsonSchema;
  uischema: UISchemaElement;
  data: FormData;
  validators: readonly ControlValidator[] | undefined;
}) {
  const { schema, uischema, data, validators } = args;
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);

  const allValidators = useMemo(() => [...sharedControlValidators, ...(validators ?? [])], [validators]);
  const errors = useMemo(
    () => validateForm(schema, uischema, data, allValidators),
    [schema, uischema, data, allValidators],
  );
  // The same errors keep the same array, so JSON Forms is not updated (and every control re-mapped) per keystroke.
  const computed = useMemo(() => {
    const shown = showAll ? errors : errors.filter((e) => within(errorPointer(e), touched));
    const next: ErrorObject[] = [
      ...shown,
      ...serverErrors.map((e) => fieldError(e.path, e.message, 'server')),
    ];
    const key = next
      .map((e) => `${errorPointer(e)}\u0000${e.keyword}\u0000${e.message ?? ''}`)
      .join('\u0001');
    return { key, errors: next };
  }, [errors, showAll, touched, serverErrors]);
  const [stable, setStable] = useState(computed);
  if (computed.key !== stable.key) setStable(computed);
  const visible = computed.key === stable.key ? stable.errors : computed.errors;

  const touch = useCallback((pointers: readonly string[]) => {
    if (pointers.length === 0) return;
    setTouched((prev) => (pointers.every((p) => prev.has(p)) ? prev : new Set([...prev, ...pointers])));
    setServerErrors((prev) => {
      const next = prev.filter((e) => !pointers.includes(e.path));
      return next.length === prev.length ? prev : next;
    });
  }, []);
  const showAllErrors = useCallback(() => setShowAll(true), []);
  const reset = useCallback(() => {
    setTouched(new Set());
    setShowAll(false);
    setServerErrors([]);
  }, []);
  return { errors, visible, touch, showAllErrors, setServerErrors, reset };
}
