// @vitest-environment jsdom
// A save starts its requests once "Saving…" had its frame: after the next animation frame, in the task after it;
// a page that draws no frames (a hidden tab) goes on after a short timer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, PAINT_FALLBACK_MS } from './after-paint';

afterEach(() => {
  vi.useRealTimers();
});

describe('afterPaint', () => {
  it('waits for the next frame, then for the task after it', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    let done = false;
    const waiting = afterPaint().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0]?.(performance.now());
    // Not inside the frame itself: in a task after it.
    await Promise.resolve();
    expect(done).toBe(false);
    await waiting;
    expect(done).toBe(true);
  });

  it('goes on after a short timer when no frame comes (a hidden tab)', async () => {
    vi.useFakeTimers();
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    let done = false;
    void afterPaint().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(PAINT_FALLBACK_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
