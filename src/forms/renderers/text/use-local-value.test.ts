import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useLocalValue } from './use-local-value';

afterEach(() => vi.useRealTimers());

describe('useLocalValue', () => {
  it('shows each keystroke at once and commits once after a pause', () => {
    vi.useFakeTimers();
    const commit = vi.fn();
    const { result } = renderHook(({ value }) => useLocalValue(value, commit, 200), {
      initialProps: { value: 'a' },
    });
    act(() => result.current[1]('ab'));
    act(() => result.current[1]('abc'));
    expect(result.current[0]).toBe('abc');
    expect(commit).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith('abc');
  });

  it('commits at once on flush (blur) and on unmount', () => {
    const commit = vi.fn();
    const { result, unmount } = renderHook(() => useLocalValue<string>('a', commit, 10_000));
    act(() => result.current[1]('ab'));
    act(() => result.current[2]());
    expect(commit).toHaveBeenLastCalledWith('ab');
    act(() => result.current[1]('abc'));
    unmount();
    expect(commit).toHaveBeenLastCalledWith('abc');
  });

  it('takes a value from outside, but not while the user is typing', () => {
    const commit = vi.fn();
    const { result, rerender } = renderHook(({ value }) => useLocalValue(value, commit, 10_000), {
      initialProps: { value: 'a' },
    });
    rerender({ value: 'reset' });
    expect(result.current[0]).toBe('reset');
    act(() => result.current[1]('typing'));
    rerender({ value: 'late echo' });
    expect(result.current[0]).toBe('typing');
  });
});
