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
  onKeyDown?: (event: KeyboardEvent) => void;
}) {
  props.onRender?.();
  const ref = useRef<HTMLInputElement>(null);
  const typed = useTypedValue(ref, {
    value: props.value,
    display: asText,
    parse: asNumberOrText,
    commit: props.commit,
    delayMs: 200,
    onKeyDown: props.onKeyDown,
  });
  const { onFlush } = props;
  useEffect(() => onFlush?.(typed.flush), [onFlush, typed.flush]);
  return <input aria-label="Field" ref={ref} defaultValue={typed.defaultValue} />;
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

  it('waits for a whole pause after the last keystroke, with one timer per pause', () => {
    vi.useFakeTimers();
    const commit = vi.fn();
    render(<Input value="" commit={commit} />);
    const timers = vi.spyOn(window, 'setTimeout');
    fireEvent.input(input(), { target: { value: 'a' } });
    act(() => {
      vi.advanceTimersByTime(150);
    });
    fireEvent.input(input(), { target: { value: 'ab' } });
    fireEvent.input(input(), { target: { value: 'abc' } });
    act(() => {
      vi.advanceTimersByTime(150);
    });
    // 300 ms after the first keystroke, 150 after the last: still typing.
    expect(commit).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith('abc');
    // Three keystrokes, two timers (the first one, and the rest of the pause after it).
    expect(timers).toHaveBeenCalledTimes(2);
  });

  it('commits nothing for a value the form holds already (the change event as the input is left)', () => {
    const commit = vi.fn();
    let flush: (() => void) | undefined;
    render(<Input value="abc" commit={commit} onFlush={(f) => (flush = f)} />);
    fireEvent.change(input(), { target: { value: 'abc' } });
    act(() => flush?.());
    expect(commit).not.toHaveBeenCalled();
    // Typed away and back before the pause: that is committed (the form may have moved meanwhile).
    fireEvent.input(input(), { target: { value: 'abcd' } });
    fireEvent.input(input(), { target: { value: 'abc' } });
    act(() => flush?.());
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

  it('the events of typing stay in the input (what is typed still commits, keys still reach onKeyDown)', () => {
    const heard = { react: vi.fn(), page: vi.fn() };
    const onKeyDown = vi.fn();
    const commit = vi.fn();
    for (const type of ['keydown', 'keyup', 'input', 'change']) document.addEventListener(type, heard.page);
    render(
      <div onKeyDown={heard.react} onKeyUp={heard.react} onChange={heard.react} onInput={heard.react}>
        <Input value="a" commit={commit} onKeyDown={onKeyDown} />
        <input aria-label="Another input" />
      </div>,
    );
    fireEvent.keyDown(input(), { key: 'Enter' });
    fireEvent.input(input(), { target: { value: 'ab' } });
    fireEvent.keyUp(input(), { key: 'b' });
    expect(heard.react).not.toHaveBeenCalled();
    expect(heard.page).not.toHaveBeenCalled();
    expect(onKeyDown).toHaveBeenCalledWith(expect.objectContaining({ key: 'Enter' }));
    expect(commit).not.toHaveBeenCalled();
    // Keys that move focus or close things, and shortcuts, go on (focus traps and shortcuts above hear them).
    fireEvent.keyDown(input(), { key: 'Tab' });
    fireEvent.keyDown(input(), { key: 'Escape' });
    fireEvent.keyDown(input(), { key: 's', ctrlKey: true });
    expect(heard.react).toHaveBeenCalledTimes(3);
    heard.react.mockClear();
    heard.page.mockClear();
    // Any other input's events bubble on as usual.
    const other = screen.getByRole('textbox', { name: 'Another input' });
    fireEvent.keyDown(other, { key: 'x' });
    fireEvent.input(other, { target: { value: 'x' } });
    expect(heard.react).toHaveBeenCalled();
    expect(heard.page).toHaveBeenCalled();
    for (const type of ['keydown', 'keyup', 'input', 'change'])
      document.removeEventListener(type, heard.page);
  });
});
