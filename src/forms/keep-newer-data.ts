// A JSON Forms middleware that keeps keystrokes. JSON Forms re-applies its `data` prop on every prop change
// (errors included), and React may replay that update after edits still queued in a transition. A `data` prop
// object that JSON Forms has already held (its own earlier output, echoed back by our draft a few ms late, or
// the initial data) is never newer than what it holds now, so it is not applied again; a new object (a reset,
// the server's answer) is applied as usual. Callers therefore pass a fresh object for external changes.
import { UPDATE_CORE, type CoreActions, type JsonFormsCore, type Middleware } from '@jsonforms/core';

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

export type KeepNewerData = Middleware & {
  /** Marks data built from this form's own edits: handed back as `data`, it is not applied again. */
  hold(data: unknown): void;
};

export function createKeepNewerData(): KeepNewerData {
  const held = new WeakSet<object>();
  const middleware: Middleware = (
    state: JsonFormsCore,
    action: CoreActions,
    reducer: (state: JsonFormsCore, action: CoreActions) => JsonFormsCore,
  ) => {
    if (isObject(state.data)) held.add(state.data);
    const stale =
      action.type === UPDATE_CORE &&
      action.data !== state.data &&
      isObject(action.data) &&
      held.has(action.data);
    const next = reducer(state, stale ? { ...action, data: state.data as unknown } : action);
    if (isObject(next.data)) held.add(next.data);
    return next;
  };
  return Object.assign(middleware, {
    hold(data: unknown) {
      if (isObject(data)) held.add(data);
    },
  });
}
