// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenInputQuiet } from './input-quiet';

const press = (type: string) => window.dispatchEvent(new Event(type));

describe('whenInputQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.advanceTimersByTime(1000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once when no key or pointer was pressed lately', () => {
    const task = vi.fn();
    whenInputQuiet(task, 300);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits while keys and clicks keep coming, then runs once they pause; scrolling does not count', () => {
    const task = vi.fn();
    press('pointerdown');
    whenInputQuiet(task, 300);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(100);
      press(i % 2 ? 'keydown' : 'input');
      window.dispatchEvent(new Event('scroll'));
    }
    vi.advanceTimersByTime(299);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('can be called off', () => {
    const task = vi.fn();
    press('keydown');
    const cancel = whenInputQuiet(task, 300);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
  });
});
