// Which layouts the light set draws itself, ranked above JSON Forms' material layouts (HorizontalLayout 2,
// Group 1, Label 1) so that the choice is the same with or without the material set loaded.
import { rankWith, uiTypeIs } from '@jsonforms/core';

export const LIGHT_LAYOUT_RANK = 3;

export const horizontalLayoutTester = rankWith(LIGHT_LAYOUT_RANK, uiTypeIs('HorizontalLayout'));
export const groupLayoutTester = rankWith(LIGHT_LAYOUT_RANK, uiTypeIs('Group'));
export const labelElementTester = rankWith(LIGHT_LAYOUT_RANK, uiTypeIs('Label'));
