// The embed protocol (version 1): the messages a host page and the embedded editor exchange by postMessage.
import type { FailureKind } from '../providers/types';

export const PROTOCOL = 'profile-editor';
export const PROTOCOL_VERSION = 1;

/** Every message in either direction carries this envelope, so stray messages are told apart at once. */
export interface Envelope {
  protocol: typeof PROTOCOL;
  version: typeof PROTOCOL_VERSION;
}

/** Appearance tokens a host may pass in `init`; everything is optional. */
export interface EmbedTheme {
  /** CSS colour: #rgb, #rrggbb, rgb(…) or hsl(…). */
  primaryColor?: string;
  /** A CSS font-family list, e.g. "Inter, sans-serif". */
  fontFamily?: string;
  /** Corner radius in px (0–32). */
  radius?: number;
  mode?: 'light' | 'dark';
}

export interface InitMessage {
  type: 'init';
  /** A provider id from the registry, e.g. "camunda". */
  provider: string;
  /** The provider's route parameters by name, e.g. { userId: "demo" }. */
  params?: Record<string, string>;
  /** Shorthand for the provider's first (often only) parameter. */
  profileId?: string;
  /** The user's session credential; kept in memory only. */
  token: string;
  /**
   * Who the token belongs to (your user id, any stable string). An `init` or `token` naming the subject of the
   * current session continues it (cache and draft kept); anything else — another subject, or an `init` without
   * one — starts a new session, and nothing of the previous person's is shown or sent.
   */
  subject?: string;
  /** BCP 47 locale, e.g. "de-DE"; the browser's by default. */
  locale?: string;
  theme?: EmbedTheme;
}

/** A provider failure, or 'protocol' when the host sent something the editor cannot act on. */
export type EditorErrorKind = FailureKind | 'protocol';

export interface TokenMessage {
  type: 'token';
  token: string;
  /** Without it the token is a refresh for the current person; with another subject, a new session starts. */
  subject?: string;
}

export type HostMessage = InitMessage | TokenMessage | { type: 'save' } | { type: 'reset' };

export type EditorMessage =
  | { type: 'ready' }
  | { type: 'resize'; height: number }
  | { type: 'dirty'; dirty: boolean }
  | { type: 'saved'; provider: string; fields: string[]; params?: Record<string, string> }
  /**
   * `fields`: with kind `validation` when the editor's own checks blocked a save, the invalid fields' data paths
   * ("address.postCode"); optional, so version 1 portals that ignore it keep working.
   */
  | { type: 'error'; kind: EditorErrorKind; message: string; fields?: string[] }
  | { type: 'tokenExpired' };

export type HostMessageType = HostMessage['type'];
export type EditorMessageType = EditorMessage['type'];

export const envelope = <T extends object>(message: T): T & Envelope => ({
  protocol: PROTOCOL,
  version: PROTOCOL_VERSION,
  ...message,
});
