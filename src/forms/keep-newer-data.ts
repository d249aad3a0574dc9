// A JSON Forms middleware that keeps keystrokes: JSON Forms re-applies its `data` prop on every prop change
// (errors included). When that prop is an echo of data JSON Forms itself produced earlier (our draft lags its
// debounced onChange by a few ms), applying it would overwrite what the user typed since. Such stale echoes keep
// the newer data; data from outside (a reset, the server's answer) is applied as usual.
import { UPDATE_CORE, UPDATE_DATA, type CoreActions, type JsonFormsCore, type Middleware } from '@jsonforms/core';

export function createKeepNewerData(): Middleware {
  const produced = new WeakSet<object>();
  return (state: JsonFormsCore, action: CoreActions, reducer: (state: JsonFormsCore, action: CoreActions) => JsonFormsCore) => {
    if (
      action.type === UPDATE_CORE &&
      action.data !== state.data &&
      typeof action.data === 'object' &&
      action.data !== null &&
      produced.has(action.data as object)
    ) {
      return reducer(state, { ...action, data: state.data as unknown });
    }
    const next = reducer(state, action);
    if (action.type === UPDATE_DATA && next.data !== state.data && typeof next.data === 'object' && next.data !== null) {
      produced.add(next.data as object);
    }
    return next;
  };
}
