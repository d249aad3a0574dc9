// Renders an element none of the light renderers takes with JSON Forms' material set, loaded on demand. Inside
// it, the light renderers still come first (so a material layout's text fields stay light); what not even the
// material set can show gets the unsupported-question notice.
import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type {
  JsonFormsCellRendererRegistryEntry,
  JsonFormsRendererRegistryEntry,
  OwnPropsOfRenderer,
} from '@jsonforms/core';
import { JsonFormsDispatch } from '@jsonforms/react';
import { useFormLocale } from '../../form-locale';
import { formsMessages } from '../../forms-messages';
import { UnsupportedElement } from '../unsupported/UnsupportedElement';
import { lastResortTester } from '../unsupported/tester';
import { loadedMaterialSet, loadMaterialSet, type MaterialSet } from './load-material';
import { materialFallbackTester } from './tester';
import { useTiedGroupErrors } from './tie-group-errors';

const combined = new WeakMap<object, WeakMap<MaterialSet, JsonFormsRendererRegistryEntry[]>>();
const NO_RENDERERS: JsonFormsRendererRegistryEntry[] = [];

/** The light renderers without this fallback, then the material set, then the notice (one array per pair). */
function withMaterial(renderers: JsonFormsRendererRegistryEntry[], set: MaterialSet) {
  let bySet = combined.get(renderers);
  if (!bySet) combined.set(renderers, (bySet = new WeakMap()));
  let result = bySet.get(set);
  if (!result) {
    result = [
      ...renderers.filter((entry) => entry.tester !== materialFallbackTester),
      ...set.renderers,
      { tester: lastResortTester, renderer: UnsupportedElement },
    ];
    bySet.set(set, result);
  }
  return result;
}

const cellsWith = new WeakMap<MaterialSet, JsonFormsCellRendererRegistryEntry[]>();
function materialCells(set: MaterialSet) {
  let cells = cellsWith.get(set);
  if (!cells) cellsWith.set(set, (cells = [...set.cells]));
  return cells;
}

export function MaterialFallback(props: OwnPropsOfRenderer) {
  const [set, setSet] = useState<MaterialSet | undefined>(loadedMaterialSet);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const locale = useFormLocale();
  useTiedGroupErrors(root);
  useEffect(() => {
    if (set) return;
    let live = true;
    loadMaterialSet().then(
      (loaded) => live && setSet(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [set, attempt]);

  const t = formsMessages.in(locale);
  if (props.visible === false) return null;
  if (failed) {
    return (
      <Alert
        severity="warning"
        variant="outlined"
        role="alert"
        sx={{ my: 1 }}
        action={
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              setFailed(false);
              setAttempt((n) => n + 1);
            }}
          >
            {t('controls.partTryAgain')}
          </Button>
        }
      >
        {t('controls.partFailed')}
      </Alert>
    );
  }
  if (!set) {
    return (
      <p role="status" style={{ margin: '8px 0' }}>
        {t('controls.partLoading')}
      </p>
    );
  }
  return (
    // A wrapper without a box of its own, to find the material controls' radio groups and tie their errors.
    <div ref={root} style={{ display: 'contents' }}>
      <JsonFormsDispatch
        uischema={props.uischema}
        schema={props.schema}
        path={props.path ?? ''}
        enabled={props.enabled}
        renderers={withMaterial(props.renderers ?? NO_RENDERERS, set)}
        cells={props.cells && props.cells.length > 0 ? [...props.cells, ...set.cells] : materialCells(set)}
      />
    </div>
  );
}
