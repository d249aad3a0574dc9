// The multi-choice control (MUI checkboxes) loaded where a form has such a list: the forms most people open have
// none, so its code stays out of their first load. While it loads, the field's room is kept.
import { lazy } from 'react';
import { OnDemand } from '../../on-demand';
import type { OwnPropsOfControl } from '@jsonforms/core';

const MultiChoiceControl = lazy(async () => ({
  default: (await import('./MultiChoiceControl')).MultiChoiceControl,
}));

export function LazyMultiChoiceControl(props: OwnPropsOfControl) {
  return (
    <OnDemand fallback={<div className="pe-field pe-field--pending" aria-busy="true" />}>
      <MultiChoiceControl {...props} />
    </OnDemand>
  );
}
