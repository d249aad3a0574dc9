// When none of the light renderers takes an element that JSON Forms' material set can show (a foreign hint's
// ListWithDetail, combinators, radio groups, tables, steppers…), the fallback takes it and loads that set.
import { rankWith, Resolve, type ControlElement, type Tester } from '@jsonforms/core';

/** Below every real renderer (theirs start at 1); shares rank 0 with the unsupported notice, never an element. */
export const MATERIAL_FALLBACK_RANK = 0;

/** The element types JSON Forms' material set has renderers for (Category only inside a Categorization). */
const MATERIAL_ELEMENT_TYPES = new Set([
  'Control',
  'VerticalLayout',
  'HorizontalLayout',
  'Group',
  'Label',
  'Categorization',
  'ListWithDetail',
]);

/** Whether the material set may have a renderer for the element: a type it knows, a scope that resolves. */
export const materialMayRender: Tester = (uischema, schema, context) => {
  if (!MATERIAL_ELEMENT_TYPES.has(uischema.type)) return false;
  const scope = (uischema as Partial<ControlElement>).scope;
  if (uischema.type !== 'Control' && uischema.type !== 'ListWithDetail') return true;
  if (typeof scope !== 'string') return false;
  return Resolve.schema(schema, scope, context?.rootSchema ?? schema) !== undefined;
};

export const materialFallbackTester = rankWith(MATERIAL_FALLBACK_RANK, materialMayRender);
