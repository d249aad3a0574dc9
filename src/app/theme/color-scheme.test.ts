// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import {
  COLOR_SCHEME_ATTRIBUTE,
  COLOR_SCHEME_STORAGE_KEY,
  readColorSchemePreference,
  resolveColorScheme,
  resolveEmbedColorScheme,
  writeColorSchemePreference,
} from './color-scheme';

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute(COLOR_SCHEME_ATTRIBUTE);
  document.documentElement.removeAttribute('data-shell');
});

describe('the colour scheme', () => {
  it('follows the system unless the person chose one', () => {
    expect(resolveColorScheme('system', true)).toBe('dark');
    expect(resolveColorScheme('system', false)).toBe('light');
    expect(resolveColorScheme('light', true)).toBe('light');
    expect(resolveColorScheme('dark', false)).toBe('dark');
  });

  it("in the embed: the portal's theme.mode, else the system's", () => {
    expect(resolveEmbedColorScheme('light', true)).toBe('light');
    expect(resolveEmbedColorScheme('dark', false)).toBe('dark');
    expect(resolveEmbedColorScheme(undefined, true)).toBe('dark');
    expect(resolveEmbedColorScheme(undefined, false)).toBe('light');
  });

  it('remembers a choice in localStorage; System forgets it; anything else stored reads as System', () => {
    expect(readColorSchemePreference()).toBe('system');
    writeColorSchemePreference('dark');
    expect(localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBe('dark');
    expect(readColorSchemePreference()).toBe('dark');
    writeColorSchemePreference('system');
    expect(localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBeNull();
    localStorage.setItem(COLOR_SCHEME_STORAGE_KEY, '"dark"; evil');
    expect(readColorSchemePreference()).toBe('system');
  });
});

describe('public/boot.js (the first paint)', () => {
  const boot = readFileSync('public/boot.js', 'utf8');
  const run = (path: string) => {
    window.history.replaceState({}, '', path);
    // A classic script, run as the browser runs it from index.html (in this test's window).
    runInThisContext(boot);
    return document.documentElement;
  };

  it('marks <html> with the stored choice, under the key the app stores it', () => {
    writeColorSchemePreference('dark');
    expect(run('/camunda/demo').getAttribute(COLOR_SCHEME_ATTRIBUTE)).toBe('dark');
    writeColorSchemePreference('light');
    expect(run('/').getAttribute(COLOR_SCHEME_ATTRIBUTE)).toBe('light');
  });

  it('marks nothing without a choice (the skeleton follows the system), and the embed as the embed', () => {
    expect(run('/').hasAttribute(COLOR_SCHEME_ATTRIBUTE)).toBe(false);
    writeColorSchemePreference('dark');
    const root = run('/embed');
    expect(root.getAttribute('data-shell')).toBe('embed');
    expect(root.hasAttribute(COLOR_SCHEME_ATTRIBUTE)).toBe(false);
  });
});
