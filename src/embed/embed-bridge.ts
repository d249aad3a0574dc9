// The editor's end of the postMessage channel: accepts only valid messages from the parent window on an allowed
// origin, and sends only to that parent's origin (never "*"). Everything else is ignored and counted.
import { redactDeep } from '../api/redaction';
import { isAllowedOrigin } from './origins';
import { envelope, type EditorMessage, type HostMessage } from './protocol';
import { parseHostMessage } from './validate-message';

export interface IncomingMessage {
  data: unknown;
  origin: string;
  source: unknown;
}

export interface EmbedBridgeOptions {
  allowedOrigins: readonly string[];
  /** The window that embeds the editor (window.parent). */
  parent: Pick<Window, 'postMessage'>;
  /** The parent's origin as the browser reported it at load, when known and allowed. */
  detectedOrigin?: string | undefined;
  onMessage: (message: HostMessage) => void;
  /** Every credential seen (and every form sent), so that none can ever leave in an outbound message. */
  secrets?: () => readonly string[];
  /** Told of every ignored message: how many so far, and why (never the message itself). */
  onIgnore?: ((count: number, reason: string) => void) | undefined;
}

export interface EmbedBridge {
  receive(event: IncomingMessage): void;
  /** Sends to the parent's origin; returns false when that origin is not known yet. */
  send(message: EditorMessage): boolean;
  /** Tells the host the editor listens: to the parent's origin, or to each allowed origin when unknown. */
  announceReady(): void;
  readonly parentOrigin: string | undefined;
  readonly ignored: number;
}

export function createEmbedBridge(options: EmbedBridgeOptions): EmbedBridge {
  const { allowedOrigins, parent, onMessage, secrets, onIgnore } = options;
  let parentOrigin: string | undefined;
  let ignored = 0;

  const ignore = (reason: string) => {
    ignored += 1;
    onIgnore?.(ignored, reason);
  };

  const post = (message: EditorMessage, targetOrigin: string) => {
    const known = secrets?.() ?? [];
    const safe = known.length > 0 ? redactDeep(message, known) : message;
    parent.postMessage(envelope(safe), targetOrigin);
  };

  return {
    receive(event) {
      if (event.source !== parent) return ignore('not sent by the parent window');
      if (!isAllowedOrigin(event.origin, allowedOrigins)) {
        return ignore(`origin ${event.origin} is not in embed.allowedOrigins`);
      }
      if (parentOrigin !== undefined && event.origin !== parentOrigin) {
        return ignore(`origin ${event.origin} is not the host's origin`);
      }
      const parsed = parseHostMessage(event.data);
      if (!parsed.ok) return ignore(parsed.reason);
      parentOrigin = event.origin;
      onMessage(parsed.message);
    },
    send(message) {
      const target = parentOrigin ?? options.detectedOrigin;
      if (!target) return false;
      post(message, target);
      return true;
    },
    announceReady() {
      const target = parentOrigin ?? options.detectedOrigin;
      for (const origin of target ? [target] : allowedOrigins) post({ type: 'ready' }, origin);
    },
    get parentOrigin() {
      return parentOrigin;
    },
    get ignored() {
      return ignored;
    },
  };
}
