import { describe, expect, it, vi } from 'vitest';
import { useEffect } from 'react';
import { act, render, screen } from '@testing-library/react';
import type * as JsonFormsReact from '@jsonforms/react';
import { JsonForms } from '@jsonforms/react';
import type { ErrorObject } from 'ajv';
import {
  rankWith,
  uiTypeIs,
  type ControlProps,
  type OwnPropsOfControl,
  type UISchemaElement,
} from '@jsonforms/core';
import { rendererSet } from './index';
import { withLightControlProps } from './light-control-props';

// Count how often JSON Forms' control mapping runs, per control.
const mapping = vi.hoisted(() => ({ calls: [] as OwnPropsOfControl[] }));
vi.mock('@jsonforms/react', async (importOriginal) => {
  const original = await importOriginal<typeof JsonFormsReact>();
  const ctxToControlProps: typeof original.ctxToControlProps = (ctx, own) => {
    mapping.calls.push(own);
    return original.ctxToControlProps(ctx, own);
  };
  return { ...original, ctxToControlProps };
});
const mapped = () => {
  const counts: Record<string, number> = {};
  for (const own of mapping.calls) {
    const scope = (own.uischema as { scope: string }).scope;
    counts[scope] = (counts[scope] ?? 0) + 1;
  }
  return counts;
};

const probe: { change: ControlProps['handleChange'] } = { change: () => undefined };

function CountingView(props: ControlProps) {
  useEffect(() => {
    probe.change = (path, value) => props.handleChange(path, value);
  });
  if (!props.visible) return null;
  return (
    <output aria-label={props.label} title={props.errors}>
      {String(props.data ?? '')}
    </output>
  );
}
const counting = {
  tester: rankWith(100, uiTypeIs('Control')),
  renderer: withLightControlProps(CountingView),
};

const schema = {
  type: 'object',
  properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } },
};
const uischema = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Control', scope: '#/properties/a', label: 'A' },
    { type: 'Control', scope: '#/properties/b', label: 'B' },
    {
      type: 'Control',
      scope: '#/properties/c',
      label: 'C',
      rule: { effect: 'HIDE', condition: { scope: '#/properties/a', schema: { const: 'hide c' } } },
    },
  ],
} as UISchemaElement;

describe('withLightControlProps', () => {
  it('re-maps only the changed control (and those with rules), and keeps rules working', () => {
    render(
      <JsonForms
        schema={schema}
        uischema={uischema}
        data={{ a: 'x', b: 'y', c: 'z' }}
        renderers={[...rendererSet, counting]}
        validationMode="NoValidation"
      />,
    );
    mapping.calls.length = 0;
    act(() => probe.change('a', 'hide c'));
    expect(screen.getByLabelText('A')).toHaveTextContent('hide c');
    expect(mapped()['#/properties/b']).toBeUndefined();
    expect(mapped()['#/properties/a']).toBeGreaterThan(0);
    expect(mapped()['#/properties/c']).toBeGreaterThan(0);
    expect(screen.queryByLabelText('C')).toBeNull();
    act(() => probe.change('b', 'new b'));
    expect(screen.getByLabelText('B')).toHaveTextContent('new b');
    act(() => probe.change('a', 'show'));
    expect(screen.getByLabelText('C')).toHaveTextContent('z');
  });

  it('re-maps only the controls whose errors changed when the errors of the form change', () => {
    const data = { a: 'x', b: 'y', c: 'z' };
    const errorOn = (field: string, message: string): ErrorObject => ({
      instancePath: `/${field}`,
      keyword: 'custom',
      message,
      schemaPath: '#/custom',
      params: {},
    });
    const renderers = [...rendererSet, counting];
    const form = (additionalErrors: ErrorObject[]) => (
      <JsonForms
        schema={schema}
        uischema={uischema}
        data={data}
        renderers={renderers}
        validationMode="NoValidation"
        additionalErrors={additionalErrors}
      />
    );
    const { rerender } = render(form([errorOn('b', 'Too short.')]));
    expect(screen.getByLabelText('B')).toHaveAttribute('title', 'Too short.');
    mapping.calls.length = 0;
    // An error appears on A; B's stays as it was (a new list of new objects, as the editor makes them).
    rerender(form([errorOn('a', 'Required.'), errorOn('b', 'Too short.')]));
    expect(screen.getByLabelText('A')).toHaveAttribute('title', 'Required.');
    expect(screen.getByLabelText('B')).toHaveAttribute('title', 'Too short.');
    expect(mapped()['#/properties/a']).toBeGreaterThan(0);
    expect(mapped()['#/properties/b']).toBeUndefined();
    expect(mapped()['#/properties/c']).toBeUndefined();
    // B's error goes: B is re-mapped and shows none.
    mapping.calls.length = 0;
    rerender(form([errorOn('a', 'Required.')]));
    expect(screen.getByLabelText('B')).toHaveAttribute('title', '');
    expect(mapped()['#/properties/a']).toBeUndefined();
  });
});
