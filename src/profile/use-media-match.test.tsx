// The media query is read from the browser when it changes, not on every render (a read forces a style update).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useMediaMatch } from './use-media-match';

function Probe({ query, tick }: { query: string; tick: number }) {
  return <output aria-label="match">{`${useMediaMatch(query)} ${tick}`}</output>;
}

afterEach(() => vi.unstubAllGlobals());

describe('useMediaMatch', () => {
  it('reads the list once, follows its changes, and re-renders read nothing', () => {
    let matches = false;
    let reads = 0;
    const listeners = new Set<() => void>();
    const list = {
      get matches() {
        reads++;
        return matches;
      },
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    };
    vi.stubGlobal('matchMedia', () => list);
    const query = `(min-width: ${Math.random()}px)`;
    const { rerender } = render(<Probe query={query} tick={0} />);
    expect(screen.getByRole('status', { name: 'match' })).toHaveTextContent('false 0');
    for (let tick = 1; tick <= 5; tick++) rerender(<Probe query={query} tick={tick} />);
    expect(reads).toBe(1);
    matches = true;
    act(() => listeners.forEach((listener) => listener()));
    expect(screen.getByRole('status', { name: 'match' })).toHaveTextContent('true 5');
    expect(reads).toBe(2);
  });
});
