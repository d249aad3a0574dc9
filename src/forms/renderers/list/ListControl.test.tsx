import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ErrorObject } from 'ajv';
import { generateForm } from '../../generator/generate-form';
import { fieldError } from '../../validation/validate-form';
import { FormHarness } from '../../../testing/form-harness';

const { schema, uischema } = generateForm({
  fields: [
    {
      path: 'jobs',
      label: 'Jobs',
      type: 'list',
      description: 'What you do.',
      ui: { list: { itemLabel: 'Job' } },
      items: [{ path: 'title', label: 'Job', type: 'text' }],
    },
  ],
});

function Harness(props: {
  initial: Record<string, unknown>;
  onData: (d: unknown) => void;
  errors?: ErrorObject[];
}) {
  return <FormHarness schema={schema} uischema={uischema} {...props} />;
}

describe('ListControl', () => {
  it('shows every item as a labelled field, adds, edits and removes items', async () => {
    const seen: unknown[] = [];
    render(<Harness initial={{ jobs: [{ title: 'Nurse' }] }} onData={(d) => seen.push(d)} />);
    expect(screen.getByRole('group', { name: 'Jobs' })).toHaveAccessibleDescription('What you do.');
    expect(screen.getByLabelText('Job 1')).toHaveValue('Nurse');

    await userEvent.click(screen.getByRole('button', { name: 'Add job' }));
    const second = await screen.findByLabelText('Job 2');
    await waitFor(() => expect(second).toHaveFocus());
    await userEvent.type(second, 'Pilot');
    await userEvent.tab();
    await waitFor(() => expect(seen.at(-1)).toEqual({ jobs: [{ title: 'Nurse' }, { title: 'Pilot' }] }));

    await userEvent.click(screen.getByRole('button', { name: 'Remove job 1' }));
    await waitFor(() => expect(seen.at(-1)).toEqual({ jobs: [{ title: 'Pilot' }] }));
    expect(screen.getByLabelText('Job 1')).toHaveValue('Pilot');
    expect(screen.queryByLabelText('Job 2')).not.toBeInTheDocument();
  });

  it('removing the last item leaves no list at all, and says there is none', async () => {
    const seen: unknown[] = [];
    render(<Harness initial={{ jobs: [{ title: 'Nurse' }] }} onData={(d) => seen.push(d)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove job 1' }));
    await waitFor(() => expect(seen.at(-1)).toEqual({}));
    expect(screen.getByText('No job yet.')).toBeInTheDocument();
  });

  it('ties a list-level error to the list and its Add button', () => {
    render(
      <Harness
        initial={{}}
        onData={() => undefined}
        errors={[fieldError('/jobs', 'Add at least one job.')]}
      />,
    );
    expect(screen.getByRole('group', { name: 'Jobs' })).toHaveAccessibleDescription('Add at least one job.');
    expect(screen.getByRole('button', { name: 'Add job' })).toHaveAccessibleDescription(
      'Add at least one job.',
    );
  });
});
