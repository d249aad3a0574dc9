// A tiny external store around the editor reducer: reads are synchronous (a Save reads the draft right after the
// inputs flush), React subscribes through useSyncExternalStore.
import { useSyncExternalStore } from 'react';
import { editorReducer, type EditorAction, type EditorState } from './editor-state';

export interface EditorStore {
  getState: () => EditorState;
  dispatch: (action: EditorAction) => EditorState;
  subscribe: (listener: () => void) => () => void;
}

export function createEditorStore(initial: EditorState): EditorStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = editorReducer(state, action);
      if (next !== state) {
        state = next;
        listeners.forEach((listener) => listener());
      }
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useEditorState(store: EditorStore): EditorState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
