// Resolves once the browser has had the chance to paint what is in the DOM now: after the next animation frame,
// in the task that follows it. A save shows "Saving…" first and starts its requests after that frame, so the
// click's frame carries only the status (not the request's work, nor the sandbox answering it in this thread).
// A page that is not drawing (a hidden tab, a portal's iframe out of view) gets no frames: a short timer stands in.
export const PAINT_FALLBACK_MS = 100;

export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(finish, PAINT_FALLBACK_MS);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      // The frame is produced after its callbacks: the next task comes after the paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        finish();
      };
      channel.port2.postMessage(undefined);
    });
  });
}
