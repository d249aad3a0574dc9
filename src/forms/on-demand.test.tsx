import { describe, expect, it, vi } from 'vitest';
import { lazy } from 'react';
import { render, screen } from '@testing-library/react';
import { OnDemand } from './on-demand';

describe('OnDemand', () => {
  it('shows the part once its code is in', async () => {
    const Part = lazy(() => Promise.resolve({ default: () => <p>The part</p> }));
    render(
      <OnDemand fallback={<p>Loading</p>}>
        <Part />
      </OnDemand>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('The part')).toBeInTheDocument();
  });

  it('keeps the page when the code cannot be fetched (offline): the fallback stays, the rest is untouched', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Part = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    render(
      <main>
        <input aria-label="Typed" defaultValue="kept" />
        <OnDemand fallback={<p>Not here</p>}>
          <Part />
        </OnDemand>
      </main>,
    );
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(screen.getByText('Not here')).toBeInTheDocument();
    expect(screen.getByLabelText('Typed')).toHaveValue('kept');
  });
});
