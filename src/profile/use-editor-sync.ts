// What keeps an open editor in step with the world around it: its draft stored on this device (and removed when
// nothing is unsaved), other tabs' saves, the connection coming back for a queued save, and the page being left.
import { useEffect, useSyncExternalStore } from 'react';
import { sameValue } from '../forms/data/form-data';
import type { ProfileForm } from '../providers/types';
import { deleteDraft, saveDraft, type DraftId } from './drafts';
import { dirtyPointersOf, type EditorState } from './editor-state';
import type { EditorStore } from './editor-store';
import { editorText } from './editor-text';
import type { SavePart } from './save-flow';
import { connectTabSync } from './tab-sync';

const subscribeOnline = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/** Whether the browser believes it is online. */
export const useOnline = () => useSyncExternalStore(subscribeOnline, () => navigator.onLine);

const needsKeeping = (state: EditorState) => state.pending !== undefined || dirtyPointersOf(state).length > 0;

/** Writes the draft to this device on every change, and forgets it once nothing is unsaved. */
export function useDraftPersistence(
  store: EditorStore,
  id: DraftId,
  secretPaths: readonly string[] | undefined,
) {
  const idKey = JSON.stringify(id);
  useEffect(() => {
    const draftId = JSON.parse(idKey) as DraftId;
    let last = store.getState();
    let stored = needsKeeping(last);
    return store.subscribe(() => {
      const state = store.getState();
      if (state.draft === last.draft && state.base === last.base && state.pending === last.pending) return;
      last = state;
      if (needsKeeping(state)) {
        stored = true;
        saveDraft(
          draftId,
          { base: state.base, draft: state.draft, pending: state.pending },
          secretPaths,
        ).catch((error: unknown) => console.warn('The draft could not be kept on this device.', error));
      } else if (stored) {
        stored = false;
        void deleteDraft(draftId).catch(() => undefined);
      }
    });
  }, [store, idKey, secretPaths]);
}

/**
 * How long to wait before reading again when another tab's save does not show yet: a provider's read can lag
 * behind its write (a cache or a replica; the sandbox's storage reaches another tab's process a moment later).
 */
export const READ_LAG_RETRIES_MS = [250, 500, 1000, 2000];

/** Tells other tabs when this one saved; takes their saves of the same profile in (re-read and rebase). */
export function useTabSync(args: {
  store: EditorStore;
  id: DraftId;
  providerLabel: string;
  /** Reads the profile as the provider has it now (secrets already left out). */
  reread: () => Promise<ProfileForm>;
  adopt: (form: ProfileForm) => void;
}): void {
  const { store, id, providerLabel, reread, adopt } = args;
  const idKey = JSON.stringify(id);
  useEffect(() => {
    let closed = false;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const takeIn = async (attempt: number): Promise<void> => {
      const fresh = await reread();
      if (closed) return;
      // The other tab saved, but the read still shows what this tab has: read again a little later.
      const delay = READ_LAG_RETRIES_MS[attempt];
      if (delay !== undefined && sameValue(fresh.data, store.getState().base)) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          takeIn(attempt + 1).catch(() => undefined);
        }, delay);
        timers.add(timer);
        return;
      }
      adopt(fresh);
      store.dispatch({
        type: 'rebase',
        fresh: fresh.data,
        origin: 'other-tab',
        notice: editorText.otherTabSaved(providerLabel),
      });
    };
    const sync = connectTabSync(JSON.parse(idKey) as DraftId, () => {
      takeIn(0).catch(() => undefined);
    });
    let saved = store.getState().status.kind === 'saved';
    const unsubscribe = store.subscribe(() => {
      const now = store.getState().status.kind === 'saved';
      if (now && !saved) sync.announceSaved();
      saved = now;
    });
    return () => {
      closed = true;
      timers.forEach(clearTimeout);
      unsubscribe();
      sync.close();
    };
  }, [idKey, store, providerLabel, reread, adopt]);
}

/** A save queued while offline goes out when the connection is back (also after a reload). */
export function useQueuedSave(args: {
  store: EditorStore;
  save: (part: SavePart | undefined) => Promise<void>;
  partById: (id: string | undefined) => SavePart | undefined;
}) {
  const { store, save, partById } = args;
  useEffect(() => {
    const send = () => {
      const pending = store.getState().pending;
      if (pending && navigator.onLine && store.getState().status.kind !== 'saving')
        void save(partById(pending.part));
    };
    send();
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [store, save, partById]);
}

/** Asks before the page is left with unsaved changes; commits what the inputs hold when the page goes away. */
export function useLeaveWarning(dirty: boolean, flushAll: () => void) {
  useEffect(() => {
    const hide = () => flushAll();
    window.addEventListener('pagehide', hide);
    if (!dirty) return () => window.removeEventListener('pagehide', hide);
    const ask = (event: BeforeUnloadEvent) => {
      flushAll();
      event.preventDefault();
      // Older browsers need returnValue set to show their own "leave site?" question.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => {
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('beforeunload', ask);
    };
  }, [dirty, flushAll]);
}
