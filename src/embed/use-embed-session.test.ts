// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { credentials } from '../api/credentials';
import { envelope } from './protocol';
import { useEmbedSession } from './use-embed-session';

const portal = 'https://portal.example.com';
let parent: Window;
let postMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  // A real window object as the "parent", so that MessageEvent accepts it as the source.
  const frame = document.createElement('iframe');
  document.body.append(frame);
  parent = frame.contentWindow as Window;
  postMessage = vi.fn();
  Object.defineProperty(parent, 'postMessage', { value: postMessage, configurable: true });
  Object.defineProperty(window, 'parent', { value: parent, configurable: true });
});

afterEach(() => {
  Object.defineProperty(window, 'parent', { value: window, configurable: true });
  credentials.set(undefined);
  delete document.documentElement.dataset.embedIgnored;
});

const receive = (message: unknown, origin = portal, source: Window = parent) =>
  act(() => {
    window.dispatchEvent(
      new MessageEvent('message', {
        data: typeof message === 'object' && message && 'type' in message ? envelope(message) : message,
        origin,
        source,
      }),
    );
  });

const sent = () => postMessage.mock.calls.map(([message, target]) => [message, target] as [unknown, string]);

describe('useEmbedSession', () => {
  it('announces ready, takes init (token to memory only) and answers to the host origin', () => {
    const { result } = renderHook(() => useEmbedSession([portal]));
    expect(sent()).toEqual([[envelope({ type: 'ready' }), portal]]);

    receive({ type: 'init', provider: 'camunda', profileId: 'demo', token: 'T1', theme: { mode: 'dark' } });
    expect(credentials.token).toBe('T1');
    expect(result.current.session).toEqual({
      key: 1,
      provider: 'camunda',
      params: {},
      profileId: 'demo',
      locale: undefined,
      theme: { mode: 'dark' },
    });
    expect(JSON.stringify(result.current.session)).not.toContain('T1');

    act(() => result.current.onEditorEvent({ type: 'dirty', dirty: true }));
    expect(sent().at(-1)).toEqual([envelope({ type: 'dirty', dirty: true }), portal]);
  });

  it('passes save and reset to the editor', () => {
    const { result } = renderHook(() => useEmbedSession([portal]));
    const commands: string[] = [];
    result.current.commands.subscribe((command) => commands.push(command));
    receive({ type: 'save' });
    receive({ type: 'reset' });
    expect(commands).toEqual(['save', 'reset']);
  });

  it('asks for a new token and resolves once it arrives', async () => {
    const { result } = renderHook(() => useEmbedSession([portal]));
    receive({ type: 'init', provider: 'camunda', profileId: 'demo', token: 'T1' });
    let renewed = false;
    act(() => void result.current.renewCredentials().then(() => (renewed = true)));
    expect(sent().at(-1)).toEqual([envelope({ type: 'tokenExpired' }), portal]);
    await Promise.resolve();
    expect(renewed).toBe(false);
    receive({ type: 'token', token: 'T2' });
    await vi.waitFor(() => expect(renewed).toBe(true));
    expect(credentials.token).toBe('T2');
  });

  it('resolves at once when the host already answered the tokenExpired of the failure', async () => {
    const { result } = renderHook(() => useEmbedSession([portal]));
    receive({ type: 'init', provider: 'camunda', profileId: 'demo', token: 'T1' });
    act(() => result.current.onEditorEvent({ type: 'tokenExpired' }));
    receive({ type: 'token', token: 'T2' });
    const before = postMessage.mock.calls.length;
    await act(() => result.current.renewCredentials());
    expect(postMessage.mock.calls.length).toBe(before);
  });

  it('starts a new session for every init without a subject, and keeps it for the same subject', () => {
    renderHook(() => useEmbedSession([portal]));
    receive({ type: 'init', provider: 'navixy', token: 'ALICE' });
    const alice = credentials.sessionKey;
    receive({ type: 'init', provider: 'navixy', token: 'ALICE' });
    expect(credentials.sessionKey).not.toBe(alice);

    receive({ type: 'init', provider: 'navixy', token: 'A1', subject: 'alice' });
    const named = credentials.sessionKey;
    receive({ type: 'init', provider: 'navixy', token: 'A2', subject: 'alice' });
    expect(credentials.sessionKey).toBe(named);
    receive({ type: 'token', token: 'A3' });
    expect([credentials.sessionKey, credentials.token]).toEqual([named, 'A3']);
    receive({ type: 'token', token: 'B1', subject: 'bob' });
    expect(credentials.sessionKey).not.toBe(named);
    expect(credentials.token).toBe('B1');
  });

  it('ignores and counts messages from other origins or windows', () => {
    const { result } = renderHook(() => useEmbedSession([portal]));
    receive({ type: 'init', provider: 'camunda', profileId: 'demo', token: 'X' }, 'https://evil.example');
    receive({ type: 'init', provider: 'camunda', profileId: 'demo', token: 'X' }, portal, window);
    receive('not a message');
    expect(result.current.session).toBeUndefined();
    expect(credentials.token).toBeUndefined();
    expect(document.documentElement.dataset.embedIgnored).toBe('3');
  });
});
