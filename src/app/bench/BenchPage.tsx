// /bench?n=N: the generated N-field form through our generator, renderers and validation — no provider, no
// network — so shared/bench/run.mjs can measure us beside plain JSON Forms, RJSF and plain HTML.
import { useCallback, useMemo, useState } from 'react';
import { generateForm } from '../../forms/generator/generate-form';
import { FormView } from '../../profile/FormView';
import { useFormValidation } from '../../profile/use-form-validation';
import { changedPointers } from '../../profile/form-data';
import type { FormData } from '../../providers/types';
import { benchSizeFrom, benchSpec } from './bench-spec';

export function BenchPage() {
  const { form, initial, progressive } = useMemo(() => {
    const { spec, data } = benchSpec(benchSizeFrom(window.location.search));
    // ?progressive=0 renders all N fields at once, like the baselines (for an apples-to-apples first render).
    const progressive = new URLSearchParams(window.location.search).get('progressive') !== '0';
    return { form: generateForm(spec), initial: data, progressive };
  }, []);
  const [data, setData] = useState<FormData>(initial);
  const validation = useFormValidation({
    schema: form.schema,
    uischema: form.uischema,
    data,
    validators: undefined,
  });
  const { touch } = validation;
  const onChange = useCallback(
    (next: FormData) =>
      setData((previous) => {
        touch(changedPointers(previous, next));
        return next;
      }),
    [touch],
  );
  return (
    <main style={{ padding: 16 }}>
      <FormView
        schema={form.schema}
        uischema={form.uischema}
        data={data}
        errors={validation.visible}
        readOnly={false}
        locale={navigator.language}
        progressive={progressive}
        onChange={onChange}
      />
    </main>
  );
}
