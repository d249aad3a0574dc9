// The last resort: any uischema element no other renderer takes (an element type this editor does not know,
// a control whose schema cannot be shown) gets a visible notice instead of "No applicable renderer found".
import { rankWith } from '@jsonforms/core';

/** Below every JSON Forms and shared renderer (their ranks start at 1). */
export const UNSUPPORTED_ELEMENT_RANK = 0;

export const unsupportedElementTester = rankWith(UNSUPPORTED_ELEMENT_RANK, () => true);
