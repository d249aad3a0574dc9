// Control props for the light controls: JSON Forms' own mapping (ctxToControlProps), recomputed only when what it
// reads for this control changed — its value, the errors, its element and schema, what its rule looks at — so
// committing one field re-maps one control, not every control of the form.
import { memo, useMemo, type ComponentType } from 'react';
import {
  composeWithUi,
  Resolve,
  type ControlProps,
  type CoreActions,
  type Dispatch,
  type OwnPropsOfControl,
} from '@jsonforms/core';
import { ctxDispatchToControlProps, ctxToControlProps, useJsonForms } from '@jsonforms/react';

const noDispatch: Dispatch<CoreActions> = (action) => action;
// JSON Forms makes a new empty error list on every data update (we validate ourselves): one empty list for all.
const NO_ERRORS: readonly unknown[] = [];

export function withLightControlProps(View: ComponentType<ControlProps>): ComponentType<OwnPropsOfControl> {
  const Memo = memo(View);
  function LightControl(own: OwnPropsOfControl) {
    const ctx = useJsonForms();
    const core = ctx.core;
    const dispatchProps = ctxDispatchToControlProps(ctx.dispatch ?? noDispatch);
    const { uischema, schema, path, enabled, visible, id, cells, renderers } = own;
    const rootData: unknown = core?.data;
    const value: unknown = uischema ? Resolve.data(rootData, composeWithUi(uischema, path ?? '')) : undefined;
    // A rule (show/hide, enable/disable) may read any field: such controls are re-mapped on every change.
    const ruleData = uischema?.rule ? rootData : undefined;
    const errors = core?.errors?.length ? core.errors : NO_ERRORS;
    const controlProps = useMemo(
      () => ctxToControlProps(ctx, own),
      // eslint-disable-next-line react-hooks/exhaustive-deps -- exactly what ctxToControlProps reads for this control
      [
        value,
        ruleData,
        errors,
        core?.additionalErrors,
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
