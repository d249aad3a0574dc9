// `options.dependsOn` names the control another control depends on: a scope ('#/properties/address/properties/
// country'), a JSON pointer ('/address/country') or a property path relative to the control's own object
// ('country', 'address.country', falling back to the form's root).
import type { ControlElement } from '@jsonforms/core';
import { pointerOfScope, valueAt } from './uischema-walk';

/** The JSON pointers to try, in order, for a control's `dependsOn`. */
export function dependencyPointers(control: ControlElement, dependsOn: unknown): string[] {
  if (typeof dependsOn !== 'string' || dependsOn.trim() === '') return [];
  const target = dependsOn.trim();
  if (target.startsWith('#')) return [pointerOfScope(target)];
  if (target.startsWith('/')) return [target];
  const path = target.split(/[./]/).filter(Boolean).join('/');
  const own = pointerOfScope(control.scope);
  const parent = own.slice(0, own.lastIndexOf('/'));
  return parent === '' ? [`/${path}`] : [`${parent}/${path}`, `/${path}`];
}

/** The current value of the control named by `options.dependsOn`, or undefined. */
export function dependencyValue(control: ControlElement, data: unknown): unknown {
  for (const pointer of dependencyPointers(control, control.options?.dependsOn)) {
    const value = valueAt(data, pointer);
    if (value !== undefined) return value;
  }
  return undefined;
}
