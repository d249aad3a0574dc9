// What the editor tells its host (the app, or the embed bridge), and what a host can ask of it.
import type { FailureKind } from '../providers/types';

export type EditorEvent =
  | { type: 'dirty'; dirty: boolean }
  | { type: 'saved'; provider: string; fields: string[] }
  /** `fields`: when invalid fields stopped the save, their data paths ("address.postCode"). */
  | { type: 'error'; kind: FailureKind; message: string; fields?: string[] }
  | { type: 'tokenExpired' };

export type EditorCommand = 'save' | 'reset';

export interface EditorCommands {
  subscribe(listener: (command: EditorCommand) => void): () => void;
}

/** A tiny command channel: `send` on one side, `subscribe` in the editor. */
export function createCommandChannel(): EditorCommands & { send(command: EditorCommand): void } {
  const listeners = new Set<(command: EditorCommand) => void>();
  return {
    send: (command) => listeners.forEach((listener) => listener(command)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
