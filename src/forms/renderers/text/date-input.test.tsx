import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { UISchemaElement } from '@jsonforms/core';
import { FormHarness } from '../../../testing/form-harness';

const schema = {
  type: 'object',
  properties: { birthdate: { type: 'string', format: 'date', title: 'What is your date of birth?' } },
};

function Harness({ options, onData }: { options: Record<string, unknown>; onData: (d: unknown) => void }) {
  const uischema = {
    type: 'Control',
    scope: '#/properties/birthdate',
    label: 'Date of birth',
    options,
  } as UISchemaElement;
  return <FormHarness schema={schema} uischema={uischema} onData={onData} />;
}

describe('date control', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a labelled native date input bounded by the date rules, storing YYYY-MM-DD', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:00:00'));
    const seen: unknown[] = [];
    const rules = [
      { rule: 'difference-greater-than-or-equal-to-threshold', threshold: { limit: 18, unit: 'years' } },
      { rule: 'difference-less-than-or-equal-to-threshold', threshold: { limit: 100, unit: 'years' } },
    ];
    render(<Harness options={{ rules }} onData={(d) => seen.push(d)} />);
    const input = screen.getByLabelText('Date of birth');
    expect(input).toHaveAttribute('type', 'date');
    expect(input).toHaveAttribute('min', '1926-11-23');
    expect(input).toHaveAttribute('max', '2008-11-23');
    // JSON Forms' change debounce reads the clock: let it run again.
    vi.useRealTimers();
    fireEvent.change(input, { target: { value: '1987-01-31' } });
    await waitFor(() => expect(seen.at(-1)).toEqual({ birthdate: '1987-01-31' }));
  });

  it('ignores option keys it does not know', () => {
    render(
      <Harness
        options={{ fancyWidget: { colour: 'teal' }, trim: true, rules: 'not-a-list', data: undefined }}
        onData={() => undefined}
      />,
    );
    const input = screen.getByLabelText('Date of birth');
    expect(input).toHaveAttribute('type', 'date');
    expect(input).not.toHaveAttribute('max');
  });
});
