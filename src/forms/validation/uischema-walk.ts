// Small helpers over uischemas and data: every Control in a layout, scope → JSON pointer, value at a pointer.
import type { ControlElement, JsonSchema, UISchemaElement } from '@jsonforms/core';

type WithElements = UISchemaElement & { elements?: UISchemaElement[] };

/** Every Control inside a layout (not inside array item details), depth first. */
export function controlsOf(uischema: UISchemaElement): ControlElement[] {
  if (uischema.type === 'Control') return [uischema as ControlElement];
  const elements = (uischema as WithElements).elements ?? [];
  const header = (uischema.options?.header as UISchemaElement[] | undefined) ?? [];
  return [...header, ...elements].flatMap(controlsOf);
}

/** '#/properties/address/properties/city' → '/address/city'. */
export function pointerOfScope(scope: string): string {
  return scope.replace(/^#/, '').replace(/\/properties\//g, '/');
}

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of pointer.split('/').slice(1).map(unescape)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The sub-schema a scope points at ('#/properties/a/properties/b'), or undefined. */
export function resolveSchema(schema: JsonSchema, scope: string): JsonSchema | undefined {
  let node: unknown = schema;
  for (const segment of scope.replace(/^#\/?/, '').split('/').filter(Boolean).map(unescape)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node as JsonSchema | undefined;
}
