// The last resort: a uischema element nothing can show (an element type neither the light nor JSON Forms'
// material set knows, a control whose schema cannot be found) gets a visible notice instead of "No applicable
// renderer found". Elements the material set can show go to the material fallback instead.
import { not, rankWith } from '@jsonforms/core';
import { materialMayRender } from '../fallback/tester';

/** Below every JSON Forms and shared renderer (their ranks start at 1). */
export const UNSUPPORTED_ELEMENT_RANK = 0;

/** In the light set: what not even the material set could render (so nothing is loaded for it). */
export const unsupportedElementTester = rankWith(UNSUPPORTED_ELEMENT_RANK, not(materialMayRender));

/** Beside the loaded material set: anything no renderer took. */
export const lastResortTester = rankWith(UNSUPPORTED_ELEMENT_RANK, () => true);
