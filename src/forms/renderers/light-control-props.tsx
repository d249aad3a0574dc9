// Control props for the light controls: JSON Forms' own mapping (ctxToControlProps), recomputed only when what it
// reads for this control changed — its value, its errors, its element and schema, what its rule looks at — so
// committing one field, or an error appearing on one field, re-maps one control, not every control of the form.
import { memo, useMemo, type ComponentType } from 'react';
import type { ErrorObject } from 'ajv';
import {
  composeWithUi,
  getControlPath,
  Resolve,
  type ControlProps,
  type CoreActions,
  type Dispatch,
  type OwnPropsOfControl,
} from '@jsonforms/core';
import { ctxDispatchToControlProps, ctxToControlProps, useJsonForms } from '@jsonforms/react';

const noDispatch: Dispatch<CoreActions> = (action) => action;

interface ErrorIndex {
  /** Per control path (JSON Forms' 'address.city'), its errors as text. */
  byPath: Map<string, string>;
  /** The control paths of anyOf/oneOf errors, which narrow what JSON Forms shows below them. */
  combinators: string[];
}
const indexes = new WeakMap<readonly ErrorObject[], ErrorIndex>();

/** One error list, by the control path JSON Forms files each error under (worked out once per list). */
function indexOf(errors: readonly ErrorObject[]): ErrorIndex {
  let index = indexes.get(errors);
  if (!index) {
    index = { byPath: new Map(), combinators: [] };
    for (const error of errors) {
      const path: unknown = getControlPath(error);
      if (typeof path !== 'string') continue;
      const text = `${error.keyword}\u0000${error.message ?? ''}\u0000${JSON.stringify(error.params)}`;
      const known = index.byPath.get(path);
      index.byPath.set(path, known === undefined ? text : `${known}\u0001${text}`);
      if (error.keyword === 'anyOf' || error.keyword === 'oneOf') index.combinators.push(path);
    }
    indexes.set(errors, index);
  }
  return index;
}

/**
 * What of the form's errors JSON Forms' mapping can show at a control's path (a superset: the errors filed under that
 * path and the combinators above it), as text that stays the same while those errors do.
 */
function errorsKeyAt(path: string, lists: readonly (readonly ErrorObject[] | undefined)[]): string {
  return lists
    .map((list) => {
      if (!list?.length) return '';
      const { byPath, combinators } = indexOf(list);
      const above = combinators.filter((combinator) => path.startsWith(combinator));
      return `${byPath.get(path) ?? ''}\u0002${above.join('\u0003')}`;
    })
    .join('\u0004');
}

export function withLightControlProps(View: ComponentType<ControlProps>): ComponentType<OwnPropsOfControl> {
  const Memo = memo(View);
  function LightControl(own: OwnPropsOfControl) {
    const ctx = useJsonForms();
    const core = ctx.core;
    const dispatchProps = ctxDispatchToControlProps(ctx.dispatch ?? noDispatch);
    const { uischema, schema, path, enabled, visible, id, cells, renderers } = own;
    const rootData: unknown = core?.data;
    // The control's data path depends on its element and parent path only: composed once, not on every commit.
    const dataPath = useMemo(
      () => (uischema ? composeWithUi(uischema, path ?? '') : undefined),
      [uischema, path],
    );
    const value: unknown = dataPath === undefined ? undefined : Resolve.data(rootData, dataPath);
    // A rule (show/hide, enable/disable) may read any field: such controls are re-mapped on every change.
    const ruleData = uischema?.rule ? rootData : undefined;
    // The errors JSON Forms would show here, as text: another field's error coming or going does not re-map this one.
    const ownErrors =
      dataPath === undefined ? '' : errorsKeyAt(dataPath, [core?.errors, core?.additionalErrors]);
    const controlProps = useMemo(
      () => ctxToControlProps(ctx, own),
      // eslint-disable-next-line react-hooks/exhaustive-deps -- exactly what ctxToControlProps reads for this control
      [
        value,
        ruleData,
        ownErrors,
        core?.schema,
        ctx.readonly,
        ctx.config,
        ctx.i18n,
        ctx.cells,
        uischema,
        schema,
        path,
        enabled,
        visible,
        id,
        cells,
        renderers,
      ],
    );
    return <Memo {...own} {...controlProps} {...dispatchProps} />;
  }
  LightControl.displayName = `LightControl(${View.displayName ?? View.name})`;
  return LightControl;
}
