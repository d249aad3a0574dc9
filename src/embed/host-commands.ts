// The host's commands (`save`, `reset`) as a tiny channel the editor subscribes to: `send` on the bridge's side,
// `subscribe` on the editor's. The editor's own `EditorCommands` has the same shape, so the app wires one into the
// other without the embed layer knowing the editor.
import type { HostMessage } from './protocol';

export type HostCommand = Extract<HostMessage['type'], 'save' | 'reset'>;

export interface HostCommands {
  send(command: HostCommand): void;
  subscribe(listener: (command: HostCommand) => void): () => void;
}

export function createHostCommands(): HostCommands {
  const listeners = new Set<(command: HostCommand) => void>();
  return {
    send: (command) => listeners.forEach((listener) => listener(command)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
