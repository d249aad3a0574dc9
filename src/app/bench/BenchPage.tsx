// /bench?n=N: the generated N-field form through our generator, renderers, validation and editor state — no
// provider, no network — so shared/bench/run.mjs can measure us beside plain JSON Forms, RJSF and plain HTML.
import { useMemo } from 'react';
import { generateForm } from '../../forms/generator/generate-form';
import { initialEditorState } from '../../profile/editor-state';
import { FormView } from '../../profile/FormView';
import { useFormState } from '../../profile/use-form-state';
import { benchSizeFrom, benchSpec } from './bench-spec';

export function BenchPage() {
  const { form, initial, progressive } = useMemo(() => {
    const { spec, data } = benchSpec(benchSizeFrom(window.location.search));
    // ?progressive=0 renders all N fields at once, like the baselines (for an apples-to-apples first render).
    const progressive = new URLSearchParams(window.location.search).get('progressive') !== '0';
    return { form: generateForm(spec), initial: data, progressive };
  }, []);
  const editor = useFormState({
    schema: form.schema,
    uischema: form.uischema,
    validators: undefined,
    initial: () => initialEditorState(initial),
  });
  return (
    <main style={{ padding: 16 }}>
      <FormView
        schema={form.schema}
        uischema={form.uischema}
        data={editor.state.draft}
        errors={editor.visibleErrors}
        readOnly={false}
        locale={navigator.language}
        progressive={progressive}
        inputs={editor.inputs}
        onEdit={editor.onEdit}
      />
    </main>
  );
}
