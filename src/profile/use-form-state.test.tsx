// The form state answers a Save's "is it valid?" from what it already checked for the values on screen, so the
// click does not validate the whole form again before "Saving…" shows.
import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { generateForm } from '../forms/generator/generate-form';
import { initialEditorState } from './editor-state';
import { useFormState } from './use-form-state';

const form = generateForm({
  fields: [
    { path: 'name', label: 'Name', type: 'text', required: true },
    { path: 'email', label: 'E-mail', type: 'email' },
  ],
});

function renderFormState() {
  return renderHook(() =>
    useFormState({
      schema: form.schema,
      uischema: form.uischema,
      validators: undefined,
      initial: () => initialEditorState({ name: 'Ann', email: 'not an address' }),
    }),
  );
}

describe('useFormState classify', () => {
  it('gives the errors it rendered with for the same values, without validating again', () => {
    const { result } = renderFormState();
    const { state, errors, classify } = result.current;
    expect(classify(state.base, state.draft)).toBe(errors);
    expect(errors.blocking.length + errors.warnings.length).toBeGreaterThan(0);
  });

  it('validates values it has not seen', () => {
    const { result } = renderFormState();
    const { state, errors, classify } = result.current;
    const draft = { email: 'ann@example.com' };
    const fresh = classify(state.base, draft);
    expect(fresh).not.toBe(errors);
    expect(fresh.blocking.some((e) => e.keyword === 'required')).toBe(true);
    // And remembers them in turn.
    expect(classify(state.base, draft)).toBe(fresh);
  });
});
