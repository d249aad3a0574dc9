// The progressive layout takes every VerticalLayout (above material's, rank 1).
import { rankWith, uiTypeIs } from '@jsonforms/core';

export const PROGRESSIVE_LAYOUT_RANK = 2;
export const progressiveVerticalLayoutTester = rankWith(PROGRESSIVE_LAYOUT_RANK, uiTypeIs('VerticalLayout'));
