import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormHarness } from '../../../testing/form-harness';
import { generateForm } from '../../generator/generate-form';

const { schema, uischema } = generateForm({
  fields: [
    { path: 'bio', label: 'Bio', description: 'Markdown works.', type: 'markdown', nullable: true },
    { path: 'name', label: 'Name', type: 'text' },
  ],
});

function Harness(props: { initial: Record<string, unknown>; onData: (data: unknown) => void }) {
  return <FormHarness schema={schema} uischema={uischema} {...props} />;
}

describe('MarkdownControl', () => {
  it('takes markdown fields only, as a labelled multi-line editor with its help text', () => {
    render(<Harness initial={{ bio: 'Hello' }} onData={() => undefined} />);
    const bio = screen.getByLabelText('Bio');
    expect(bio.tagName).toBe('TEXTAREA');
    expect(bio).toHaveAccessibleDescription('Markdown works.');
    expect(screen.getByLabelText('Name').tagName).toBe('INPUT');
    expect(screen.getAllByRole('tab', { name: 'Preview' })).toHaveLength(1);
  });

  // Typing character by character is slow on a loaded machine: allow it time.
  it(
    'commits what is typed, and the preview shows it formatted (no raw HTML)',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      const seen: unknown[] = [];
      render(<Harness initial={{}} onData={(d) => seen.push(d)} />);
      await user.type(screen.getByLabelText('Bio'), '**bold** <b>x</b>');
      await user.click(screen.getByRole('tab', { name: 'Preview' }));
      expect(seen.at(-1)).toEqual({ bio: '**bold** <b>x</b>' });
      const preview = await screen.findByRole('region', { name: 'Preview of Bio' });
      await waitFor(() => expect(within(preview).getByText('bold').tagName).toBe('STRONG'));
      expect(preview.textContent).not.toContain('**');
      expect(preview.querySelector('b')).toBeNull();

      await user.click(screen.getByRole('tab', { name: 'Write' }));
      expect(screen.getByLabelText('Bio')).toHaveValue('**bold** <b>x</b>');
    },
  );

  it('empties to undefined and says when there is nothing to preview', async () => {
    const user = userEvent.setup();
    const seen: unknown[] = [];
    render(<Harness initial={{ bio: 'x' }} onData={(d) => seen.push(d)} />);
    await user.clear(screen.getByLabelText('Bio'));
    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    expect(seen.at(-1)).toEqual({});
    expect(screen.getByRole('region', { name: 'Preview of Bio' })).toHaveTextContent(
      'Nothing to preview yet.',
    );
  });
});
