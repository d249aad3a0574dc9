// How long a save may take before the editor stops waiting and checks what the provider holds. The sandbox may
// shorten it (`?timeout=`, sandbox mode only) so that QA can see a timed-out save without waiting.
export const DEFAULT_SAVE_TIMEOUT_MS = 20_000;

let timeoutMs = DEFAULT_SAVE_TIMEOUT_MS;

export const saveSettings = {
  get timeoutMs(): number {
    return timeoutMs;
  },
  configure(next: { timeoutMs?: number | undefined }): void {
    timeoutMs = next.timeoutMs && next.timeoutMs > 0 ? next.timeoutMs : DEFAULT_SAVE_TIMEOUT_MS;
  },
};
