// Which open editors have unsaved changes, for the app's navigation guard (react-router's blocker lives in the
// app, the editor only reports). Without a provider (the embed) reporting does nothing.
import { createContext, useContext, useEffect, useId } from 'react';

export interface UnsavedChanges {
  report(id: string, dirty: boolean): void;
}

export const UnsavedChangesContext = createContext<UnsavedChanges | undefined>(undefined);

export function useReportUnsaved(dirty: boolean) {
  const registry = useContext(UnsavedChangesContext);
  const id = useId();
  useEffect(() => {
    registry?.report(id, dirty);
    return () => registry?.report(id, false);
  }, [registry, id, dirty]);
}

/** A registry of dirty editors; `any()` is read by the navigation guard. */
export function createUnsavedChanges(onChange: (any: boolean) => void): UnsavedChanges & { any(): boolean } {
  const dirty = new Set<string>();
  return {
    report(id, isDirty) {
      const before = dirty.size > 0;
      if (isDirty) dirty.add(id);
      else dirty.delete(id);
      if (before !== dirty.size > 0) onChange(dirty.size > 0);
    },
    any: () => dirty.size > 0,
  };
}
