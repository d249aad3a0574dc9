import { describe, expect, it, vi } from 'vitest';
import { createEmbedBridge, type EmbedBridgeOptions } from './embed-bridge';
import { envelope, PROTOCOL, PROTOCOL_VERSION } from './protocol';

const portal = 'https://portal.example.com';
const other = 'https://other-portal.example.com';

function setUp(options: Partial<EmbedBridgeOptions> = {}) {
  const parent = { postMessage: vi.fn() };
  const onMessage = vi.fn();
  const log = vi.fn();
  const bridge = createEmbedBridge({
    allowedOrigins: [portal, other],
    parent,
    onMessage,
    onIgnore: (count, reason) => {
      log(`#${count}: ${reason}`);
    },
    ...options,
  });
  return { bridge, parent, onMessage, log };
}

const save = envelope({ type: 'save' });
const init = envelope({ type: 'init', provider: 'camunda', profileId: 'demo', token: 'SECRET' });

describe('createEmbedBridge', () => {
  it('hands valid messages from the parent on an allowed origin to the editor', () => {
    const { bridge, parent, onMessage } = setUp();
    bridge.receive({ data: init, origin: portal, source: parent });
    expect(onMessage).toHaveBeenCalledWith({
      type: 'init',
      provider: 'camunda',
      profileId: 'demo',
      token: 'SECRET',
    });
    expect(bridge.parentOrigin).toBe(portal);
    expect(bridge.ignored).toBe(0);
  });

  it('ignores and counts messages from a window that is not the parent', () => {
    const { bridge, onMessage, log } = setUp();
    bridge.receive({ data: save, origin: portal, source: {} });
    expect(onMessage).not.toHaveBeenCalled();
    expect(bridge.ignored).toBe(1);
    expect(log).toHaveBeenCalledWith('#1: not sent by the parent window');
  });

  it('ignores messages from an origin that is not allowed', () => {
    const { bridge, parent, onMessage } = setUp();
    bridge.receive({ data: init, origin: 'https://evil.example', source: parent });
    expect(onMessage).not.toHaveBeenCalled();
    expect(bridge.ignored).toBe(1);
    expect(bridge.parentOrigin).toBeUndefined();
  });

  it('after the first message, listens to that origin only', () => {
    const { bridge, parent, onMessage } = setUp();
    bridge.receive({ data: init, origin: portal, source: parent });
    bridge.receive({ data: save, origin: other, source: parent });
    expect(onMessage).toHaveBeenCalledTimes(1);
    expect(bridge.ignored).toBe(1);
  });

  it('ignores malformed messages and says why without quoting them', () => {
    const { bridge, parent, onMessage, log } = setUp();
    bridge.receive({ data: { ...init, token: 42 }, origin: portal, source: parent });
    bridge.receive({ data: 'save', origin: portal, source: parent });
    bridge.receive({
      data: { protocol: PROTOCOL, version: PROTOCOL_VERSION + 1, type: 'save' },
      origin: portal,
      source: parent,
    });
    expect(onMessage).not.toHaveBeenCalled();
    expect(bridge.ignored).toBe(3);
    expect(log.mock.calls.map(([text]) => String(text)).join('\n')).not.toContain('SECRET');
    // A malformed message does not pin the origin either.
    expect(bridge.parentOrigin).toBeUndefined();
  });

  it('sends only to the parent origin, never to "*"', () => {
    const { bridge, parent } = setUp();
    expect(bridge.send({ type: 'dirty', dirty: true })).toBe(false);
    expect(parent.postMessage).not.toHaveBeenCalled();
    bridge.receive({ data: init, origin: other, source: parent });
    bridge.send({ type: 'dirty', dirty: true });
    expect(parent.postMessage).toHaveBeenCalledWith(envelope({ type: 'dirty', dirty: true }), other);
  });

  it('announces ready to the detected parent origin, or to each allowed origin when unknown', () => {
    const detected = setUp({ detectedOrigin: portal });
    detected.bridge.announceReady();
    expect(detected.parent.postMessage.mock.calls).toEqual([[envelope({ type: 'ready' }), portal]]);

    const unknown = setUp();
    unknown.bridge.announceReady();
    expect(unknown.parent.postMessage.mock.calls).toEqual([
      [envelope({ type: 'ready' }), portal],
      [envelope({ type: 'ready' }), other],
    ]);
  });

  it('never lets a token leave in an outbound message: the current one, a rotated one, Basic base64', () => {
    const basic = btoa('demo:correct-horse');
    const { bridge, parent } = setUp({
      detectedOrigin: portal,
      secrets: () => ['SECRET', 'OLD-TOKEN', basic],
    });
    bridge.send({ type: 'error', kind: 'auth', message: `OLD-TOKEN then Basic ${basic} refused` });
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      envelope({ type: 'error', kind: 'auth', message: '[redacted] then Basic [redacted] refused' }),
      portal,
    );
    bridge.send({ type: 'error', kind: 'auth', message: 'Token SECRET was refused' });
    expect(JSON.stringify(parent.postMessage.mock.calls)).not.toContain('SECRET');
    expect(parent.postMessage).toHaveBeenCalledWith(
      envelope({ type: 'error', kind: 'auth', message: 'Token [redacted] was refused' }),
      portal,
    );
  });
});
