// A command channel for tests, as a host would hold one: it also tells when the editor has subscribed, so a test
// sends its command to a listening editor (the editor subscribes in an effect, which may run after the form shows).
import { createCommandChannel, type EditorCommand, type EditorCommands } from '../profile/editor-events';

export function listenedCommandChannel(): EditorCommands & {
  send(command: EditorCommand): void;
  /** Resolves once the editor listens. */
  subscribed: Promise<void>;
} {
  const channel = createCommandChannel();
  let listening: () => void = () => undefined;
  const subscribed = new Promise<void>((resolve) => (listening = resolve));
  return {
    send: (command) => channel.send(command),
    subscribed,
    subscribe(listener) {
      const unsubscribe = channel.subscribe(listener);
      listening();
      return unsubscribe;
    },
  };
}
