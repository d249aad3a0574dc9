import { describe, expect, it } from 'vitest';
import { envelope } from './protocol';
import { isCssColour, parseEditorMessage, parseHostMessage } from './validate-message';

const init = (extra: Record<string, unknown> = {}) =>
  envelope({ type: 'init', provider: 'camunda', token: 't0ken', ...extra });

const reason = (raw: unknown) => {
  const parsed = parseHostMessage(raw);
  return parsed.ok ? 'accepted' : parsed.reason;
};

describe('parseHostMessage', () => {
  it('accepts a minimal and a full init', () => {
    expect(parseHostMessage(init())).toEqual({
      ok: true,
      message: { type: 'init', provider: 'camunda', token: 't0ken' },
    });
    const full = init({
      params: { userId: 'demo' },
      profileId: 'demo',
      locale: 'de-de',
      theme: { primaryColor: '#0b7a75', fontFamily: 'Inter, sans-serif', radius: 8, mode: 'dark' },
    });
    expect(parseHostMessage(full)).toEqual({
      ok: true,
      message: {
        type: 'init',
        provider: 'camunda',
        token: 't0ken',
        params: { userId: 'demo' },
        profileId: 'demo',
        locale: 'de-DE',
        theme: { primaryColor: '#0b7a75', fontFamily: 'Inter, sans-serif', radius: 8, mode: 'dark' },
      },
    });
  });

  it('accepts token, save and reset', () => {
    expect(parseHostMessage(envelope({ type: 'token', token: 'next' }))).toEqual({
      ok: true,
      message: { type: 'token', token: 'next' },
    });
    expect(parseHostMessage(envelope({ type: 'save' }))).toEqual({ ok: true, message: { type: 'save' } });
    expect(parseHostMessage(envelope({ type: 'reset' }))).toEqual({ ok: true, message: { type: 'reset' } });
  });

  it('refuses anything outside the envelope', () => {
    expect(reason('save')).toMatch(/not an object/);
    expect(reason(null)).toMatch(/not an object/);
    expect(reason([envelope({ type: 'save' })])).toMatch(/not an object/);
    expect(reason({ type: 'save' })).toMatch(/not a profile-editor message/);
    expect(reason({ ...envelope({ type: 'save' }), version: 2 })).toMatch(/unsupported protocol version/);
    expect(reason(envelope({ type: 'delete' }))).toMatch(/unknown message type "delete"/);
    expect(reason(envelope({}))).toMatch(/type is missing/);
  });

  it('refuses unknown fields and wrong types', () => {
    expect(reason(envelope({ type: 'save', fields: ['x'] }))).toMatch(/save: unknown field\(s\) fields/);
    expect(reason(init({ url: 'https://evil.example' }))).toMatch(/unknown field\(s\) url/);
    expect(reason(init({ provider: 42 }))).toMatch(/provider must be a non-empty string/);
    expect(reason(init({ token: '' }))).toMatch(/token must be a non-empty string/);
    expect(reason(init({ token: 'x'.repeat(9000) }))).toMatch(/token is longer than/);
    expect(reason(init({ params: { userId: 1 } }))).toMatch(/params.userId must be a non-empty string/);
    expect(reason(init({ params: 'demo' }))).toMatch(/params must be an object/);
    expect(reason(init({ locale: 'not a locale!' }))).toMatch(/locale is not a BCP 47 tag/);
    expect(reason(envelope({ type: 'token' }))).toMatch(/token must be a non-empty string/);
  });

  it('refuses theme values that are not plain tokens', () => {
    expect(reason(init({ theme: { primaryColor: 'red; background: url(https://x)' } }))).toMatch(
      /primaryColor must be/,
    );
    expect(reason(init({ theme: { fontFamily: 'x} body {display:none' } }))).toMatch(/fontFamily/);
    expect(reason(init({ theme: { radius: 100 } }))).toMatch(/radius must be a number of pixels/);
    expect(reason(init({ theme: { radius: '8px' } }))).toMatch(/radius must be a number of pixels/);
    expect(reason(init({ theme: { mode: 'sepia' } }))).toMatch(/mode must be "light" or "dark"/);
    expect(reason(init({ theme: { shadow: 'none' } }))).toMatch(/theme: unknown field\(s\) shadow/);
  });

  it('never quotes the message (which may hold a token) in its reason', () => {
    const parsed = parseHostMessage(init({ token: 'SECRET-123', locale: 42 }));
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(parsed)).not.toContain('SECRET-123');
  });
});

describe('parseEditorMessage', () => {
  it('accepts every editor message', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'resize', height: 480 },
      { type: 'dirty', dirty: true },
      { type: 'saved', provider: 'camunda', fields: ['firstName'] },
      { type: 'error', kind: 'auth', message: 'Your session has ended.' },
      { type: 'error', kind: 'validation', message: 'Please correct…', fields: ['address.postCode'] },
      { type: 'tokenExpired' },
    ]) {
      expect(parseEditorMessage(envelope(message))).toEqual({ ok: true, message });
    }
  });

  it('refuses malformed editor messages', () => {
    expect(parseEditorMessage(envelope({ type: 'resize', height: -1 })).ok).toBe(false);
    expect(parseEditorMessage(envelope({ type: 'resize', height: Number.NaN })).ok).toBe(false);
    expect(parseEditorMessage(envelope({ type: 'dirty', dirty: 'yes' })).ok).toBe(false);
    expect(parseEditorMessage(envelope({ type: 'saved', provider: 'x', fields: [1] })).ok).toBe(false);
    expect(parseEditorMessage(envelope({ type: 'init', provider: 'x', token: 't' })).ok).toBe(false);
  });
});

describe('isCssColour', () => {
  it('takes hex and functional colours only', () => {
    expect(
      ['#fff', '#0B7A75', 'rgb(11, 122, 117)', 'hsl(176 83% 26%)', 'rgba(0,0,0,0.5)'].map(isCssColour),
    ).toEqual([true, true, true, true, true]);
    expect(['red', '#ggg', 'url(x)', 'rgb(1,2,3); x', 'var(--brand)'].map(isCssColour)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
