// The last resort: a uischema element nothing can show (an element type neither the light nor JSON Forms'
// material set knows, a control whose schema cannot be found) gets a visible notice instead of "No applicable
// renderer found". Elements the material set can show go to the material fallback instead.
import { not, rankWith, type JsonSchema } from '@jsonforms/core';
import { materialMayRender } from '../fallback/tester';

/** Below every JSON Forms and shared renderer (their ranks start at 1). */
export const UNSUPPORTED_ELEMENT_RANK = 0;

/** In the light set: what not even the material set could render (so nothing is loaded for it). */
export const unsupportedElementTester = rankWith(UNSUPPORTED_ELEMENT_RANK, not(materialMayRender));

/** Beside the loaded material set: anything no renderer took. */
export const lastResortTester = rankWith(UNSUPPORTED_ELEMENT_RANK, () => true);

/** Above every renderer: nothing under a root that is not an object can be drawn (see nonObjectRootTester). */
export const NON_OBJECT_ROOT_RANK = 1000;

/** The type a schema root declares when it is not an object ('array', 'string' …), else undefined. */
export function nonObjectRootType(root: JsonSchema | undefined): string | undefined {
  const type = root?.type;
  if (type === undefined || type === 'object') return undefined;
  if (Array.isArray(type)) return type.includes('object') ? undefined : type.join(' | ');
  return type;
}

/**
 * A form's answers are always an object; a schema whose root is a list or a single value (a shape Uphold never
 * sends) cannot be answered through it (JSON Forms' list would push onto the object and crash): the whole form
 * becomes one notice.
 */
export const nonObjectRootTester = rankWith(NON_OBJECT_ROOT_RANK, (_uischema, schema, context) =>
  Boolean(nonObjectRootType(context?.rootSchema ?? schema)),
);
