// How inputs take part in a save: each control registers a `flush` that commits what it holds (inputs keep their
// own keystrokes for speed), and says when the user leaves it. The editor provides the registry (FormView);
// a control outside an editor (a bare JSON Forms) works without one.
import { createContext, useCallback, useContext, useEffect, useRef } from 'react';

export interface RegisteredInput {
  /** JSON Forms' data path of the control ('address.city'). */
  path: string;
  /** Commits what the input holds but has not yet committed. */
  flush?: () => void;
  /** Moves the focus into the input (to show the first invalid field). */
  focus?: () => void;
}

interface Registration {
  path: string;
  flush: () => void;
  /** Focuses the input; false when it cannot take the focus. */
  focus: () => boolean;
}

export interface InputRegistry {
  register: (input: Registration) => () => void;
  /** The user left the field at `path`: its messages may show now. */
  left: (path: string) => void;
}

export const InputRegistryContext = createContext<InputRegistry | undefined>(undefined);

/** A registry that knows every mounted input: the editor flushes them all at once before it saves. */
export function createInputRegistry(onLeft: (path: string) => void): InputRegistry & {
  flushAll: () => void;
  focus: (path: string) => boolean;
} {
  const inputs = new Set<Registration>();
  return {
    register(input) {
      inputs.add(input);
      return () => inputs.delete(input);
    },
    left: onLeft,
    flushAll: () => inputs.forEach((input) => input.flush()),
    focus: (path) => [...inputs].some((input) => input.path === path && input.focus()),
  };
}

/**
 * Registers the control with the editor. Returns `leave`, for the control's blur: it commits what is pending and
 * tells the editor the field was visited.
 */
export function useRegisteredInput(input: RegisteredInput): () => void {
  const registry = useContext(InputRegistryContext);
  const latest = useRef(input);
  useEffect(() => {
    latest.current = input;
  });
  const { path } = input;
  useEffect(
    () =>
      registry?.register({
        path,
        flush: () => latest.current.flush?.(),
        focus: () => {
          const focus = latest.current.focus;
          focus?.();
          return focus !== undefined;
        },
      }),
    [registry, path],
  );
  return useCallback(() => {
    latest.current.flush?.();
    registry?.left(path);
  }, [registry, path]);
}
