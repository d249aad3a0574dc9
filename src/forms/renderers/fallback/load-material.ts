// Loads JSON Forms' material renderer set (with its date pickers, tables and steppers) on first need only:
// the common forms never download it.
import type { JsonFormsCellRendererRegistryEntry, JsonFormsRendererRegistryEntry } from '@jsonforms/core';

export interface MaterialSet {
  renderers: readonly JsonFormsRendererRegistryEntry[];
  cells: readonly JsonFormsCellRendererRegistryEntry[];
}

let loading: Promise<MaterialSet> | undefined;
let loaded: MaterialSet | undefined;

export function loadMaterialSet(): Promise<MaterialSet> {
  loading ??= import('@jsonforms/material-renderers').then(
    (module) => {
      loaded = { renderers: module.materialRenderers, cells: module.materialCells };
      return loaded;
    },
    (error: unknown) => {
      loading = undefined; // the next attempt (Try again) loads afresh
      throw error;
    },
  );
  return loading;
}

/** The set once it has arrived (no waiting), else undefined. */
export const loadedMaterialSet = (): MaterialSet | undefined => loaded;

/** Whether anything asked for the set in this page (tests: common forms must not). */
export const materialSetRequested = (): boolean => loading !== undefined || loaded !== undefined;
