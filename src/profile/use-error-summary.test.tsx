import { act, render, screen, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import type { SaveStatus } from './editor-state';
import { useErrorSummary } from './use-error-summary';

const refused: SaveStatus = {
  kind: 'failed',
  failure: {
    kind: 'validation',
    message: 'Please correct the 2 highlighted fields before saving.',
    fieldErrors: [],
  },
};

function Summary({ status }: { status: SaveStatus }) {
  const root = useRef<HTMLDivElement>(null);
  const summary = useErrorSummary(root, status, 'same errors');
  return (
    <>
      <output aria-label="Summary">
        {summary?.fields.map((f) => `${f.label}: ${f.message}`).join(' | ')}
      </output>
      <div ref={root}>
        <label htmlFor="first">First name</label>
        <input id="first" aria-invalid="true" aria-describedby="first-error" />
        <p id="first-error">This field is required.</p>
        <label htmlFor="last">Last name</label>
        <input id="last" aria-describedby="last-error" />
        <p id="last-error" />
      </div>
    </>
  );
}

describe('the error summary’s fields', () => {
  it('lists a field whose message is drawn after the others (a busy page), without a new save', async () => {
    render(<Summary status={refused} />);
    const summary = screen.getByRole('status', { name: 'Summary' });
    await waitFor(() => expect(summary).toHaveTextContent('First name: This field is required.'));
    expect(summary).not.toHaveTextContent('Last name');

    // The second control draws its message a few frames later, with the same errors in the store.
    act(() => {
      document.getElementById('last-error')!.textContent = 'This field is required.';
      document.getElementById('last')!.setAttribute('aria-invalid', 'true');
    });
    await waitFor(() => expect(summary).toHaveTextContent('Last name: This field is required.'));
    expect(summary).toHaveTextContent('First name: This field is required.');
  });

  it('is empty while no save was refused', async () => {
    render(<Summary status={{ kind: 'idle' }} />);
    await new Promise<void>((done) => requestAnimationFrame(() => done()));
    expect(screen.getByRole('status', { name: 'Summary' })).toBeEmptyDOMElement();
  });
});
