// The embedded editor's session with its host: listens on the bridge, keeps the token in memory (credentials),
// turns host commands into editor commands, and sends the editor's events back to the host.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { credentials } from '../api/credentials';
import { knownSecrets } from '../api/redaction';
import { createEmbedBridge, type EmbedBridge } from './embed-bridge';
import { createHostCommands, type HostCommands } from './host-commands';
import { detectParentOrigin } from './origins';
import type { EditorMessage, EmbedTheme, InitMessage } from './protocol';

/** What `init` asked for, without the token (which lives in the credentials module only). */
export interface EmbedSession {
  /** Changes with every `init`, so the editor starts afresh for a new profile. */
  key: number;
  provider: string;
  params: Record<string, string>;
  profileId?: string | undefined;
  locale?: string | undefined;
  theme: EmbedTheme;
}

export interface EmbedConnection {
  /** False when the page is not inside a frame at all. */
  framed: boolean;
  session: EmbedSession | undefined;
  commands: HostCommands;
  send: (message: EditorMessage) => void;
  /** The editor's events (dirty, saved, error, tokenExpired) go to the host as protocol messages. */
  onEditorEvent: (event: EditorMessage) => void;
  /** Asks the host for a new token (tokenExpired) and resolves when one arrives. */
  renewCredentials: () => Promise<void>;
}

/** Ignored messages are counted on <html data-embed-ignored> (for QA and tests) and explained in dev logs. */
const countIgnored = (count: number, reason: string) => {
  document.documentElement.dataset.embedIgnored = String(count);
  if (import.meta.env.DEV) console.info(`[embed] ignored message #${count}: ${reason}`);
};

export function useEmbedSession(allowedOrigins: readonly string[]): EmbedConnection {
  const framed = typeof window !== 'undefined' && window.parent !== window;
  const [session, setSession] = useState<EmbedSession>();
  const [commands] = useState(createHostCommands);
  const bridgeRef = useRef<EmbedBridge>(undefined);
  const waiting = useRef(new Set<() => void>());
  const tokenSinceExpiry = useRef(false);

  // One bridge for the page's life: a new array with the same origins must not reset the host's pinned origin.
  const originsKey = allowedOrigins.join(' ');
  useEffect(() => {
    if (!framed) return;
    const allowed = originsKey.split(' ').filter(Boolean);
    let key = 0;
    const pending = waiting.current;
    const acceptToken = (accept: () => void, renewal: boolean) => {
      accept();
      tokenSinceExpiry.current = renewal;
      pending.forEach((resolve) => resolve());
      pending.clear();
    };
    const bridge = createEmbedBridge({
      allowedOrigins: allowed,
      parent: window.parent,
      detectedOrigin: detectParentOrigin(allowed, window.location, document.referrer),
      secrets: knownSecrets,
      onIgnore: countIgnored,
      onMessage: (message) => {
        switch (message.type) {
          case 'init':
            // Without a subject every init is another person: nothing of the previous session is kept.
            acceptToken(() => credentials.signIn(message.token, message.subject), false);
            key += 1;
            setSession(toSession(message, key));
            break;
          case 'token':
            // A token names the same person unless its subject says otherwise (then a new session starts).
            acceptToken(
              () =>
                message.subject === undefined
                  ? credentials.refresh(message.token)
                  : credentials.signIn(message.token, message.subject),
              true,
            );
            break;
          case 'save':
          case 'reset':
            commands.send(message.type);
            break;
        }
      },
    });
    bridgeRef.current = bridge;
    const listener = (event: MessageEvent) => bridge.receive(event);
    window.addEventListener('message', listener);
    bridge.announceReady();
    return () => {
      window.removeEventListener('message', listener);
      bridgeRef.current = undefined;
    };
  }, [framed, originsKey, commands]);

  const send = useCallback((message: EditorMessage) => {
    if (message.type === 'tokenExpired') tokenSinceExpiry.current = false;
    bridgeRef.current?.send(message);
  }, []);

  const renewCredentials = useCallback(
    () =>
      new Promise<void>((resolve) => {
        // The host may already have answered the tokenExpired sent when the failure happened.
        if (tokenSinceExpiry.current) return resolve();
        waiting.current.add(resolve);
        send({ type: 'tokenExpired' });
      }),
    [send],
  );

  return useMemo(
    () => ({ framed, session, commands, send, onEditorEvent: send, renewCredentials }),
    [framed, session, commands, send, renewCredentials],
  );
}

function toSession(message: InitMessage, key: number): EmbedSession {
  return {
    key,
    provider: message.provider,
    params: message.params ?? {},
    profileId: message.profileId,
    locale: message.locale,
    theme: message.theme ?? {},
  };
}
