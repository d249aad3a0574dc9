// The input holds what is typed: a keystroke renders nothing, the form gets one commit per pause (and at once on
// flush or unmount), and a value from outside shows unless the user is typing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEffect, useRef } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useTypedValue } from './use-typed-value';

afterEach(() => vi.useRealTimers());

const asText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const asNumberOrText = (raw: string) =>
  raw === '' ? undefined : Number.isFinite(Number(raw)) ? Number(raw) : raw;

function Input(props: {
  value: unknown;
  commit: (next: unknown) => void;
  onRender?: () => void;
  onFlush?: (flush: () => void) => void;
}) {
  props.onRender?.();
  const ref = useRef<HTMLInputElement>(null);
  const typed = useTypedValue(ref, {
    value: props.value,
    display: asText,
    parse: asNumberOrText,
    commit: props.commit,
    delayMs: 200,
  });
  const { onFlush } = props;
  useEffect(() => onFlush?.(typed.flush), [onFlush, typed.flush]);
  return <input aria-label="Field" ref={ref} defaultValue={typed.defaultValue} onChange={typed.onChange} />;
}

const input = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Field' });

describe('useTypedValue', () => {
  it('renders nothing per keystroke and commits once after a pause', () => {
    vi.useFakeTimers();
    const commit = vi.fn();
    const onRender = vi.fn();
    render(<Input value="a" commit={commit} onRender={onRender} />);
    const renders = onRender.mock.calls.length;
    fireEvent.change(input(), { target: { value: 'ab' } });
    fireEvent.change(input(), { target: { value: 'abc' } });
    expect(input()).toHaveValue('abc');
    expect(onRender).toHaveBeenCalledTimes(renders);
    expect(commit).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith('abc');
  });

  it('commits at once on flush (blur, Enter, a Save) and on unmount', () => {
    const commit = vi.fn();
    let flush: (() => void) | undefined;
    const onFlush = (f: () => void) => (flush = f);
    const { unmount } = render(<Input value="a" commit={commit} onFlush={onFlush} />);
    fireEvent.change(input(), { target: { value: 'ab' } });
    act(() => flush?.());
    expect(commit).toHaveBeenLastCalledWith('ab');
    fireEvent.change(input(), { target: { value: 'abc' } });
    unmount();
    expect(commit).toHaveBeenLastCalledWith('abc');
    expect(commit).toHaveBeenCalledTimes(2);
  });

  it('shows a value from outside, but not while the user is typing', () => {
    const commit = vi.fn();
    const { rerender } = render(<Input value="a" commit={commit} />);
    rerender(<Input value="reset" commit={commit} />);
    expect(input()).toHaveValue('reset');
    fireEvent.change(input(), { target: { value: 'typing' } });
    rerender(<Input value="late echo" commit={commit} />);
    expect(input()).toHaveValue('typing');
  });

  it("keeps the input's own spelling of the same value", () => {
    const commit = vi.fn();
    const { rerender } = render(<Input value={12} commit={commit} />);
    input().value = '12.0';
    rerender(<Input value={12} commit={commit} />);
    expect(input()).toHaveValue('12.0');
    rerender(<Input value={13} commit={commit} />);
    expect(input()).toHaveValue('13');
  });
});
