// Deterministic runs: no animations or transitions (in every frame), reduced motion, and optionally a fixed clock
// (`Date` frozen at one instant while timers keep running), so dates the editor shows are the same on every run.
import type { Page } from '@playwright/test';

const NO_MOTION = `*, *::before, *::after {
  transition-duration: 0s !important; transition-delay: 0s !important;
  animation-duration: 0s !important; animation-delay: 0s !important; caret-color: transparent !important;
}`;

/**
 * Reduced motion, and a stylesheet that switches transitions and animations off in every frame. It is a constructed
 * stylesheet (`new CSSStyleSheet()`, adopted by the document): a strict Content-Security-Policy (the editor's
 * `npm run serve`: styles by nonce only) refuses an injected `<style>`, but does not govern constructed sheets.
 */
export async function turnOffAnimations(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, NO_MOTION);
}

/** Freezes `Date` at `time` in the page and its frames (timers keep running). */
export async function fixClock(page: Page, time: Date | string | number): Promise<void> {
  await page.clock.install({ time });
}
