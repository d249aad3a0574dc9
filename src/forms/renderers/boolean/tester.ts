// The boolean control takes every boolean, ranked above JSON Forms' checkbox (2) and toggle (3) controls.
import { isBooleanControl, rankWith } from '@jsonforms/core';

export const BOOLEAN_CONTROL_RANK = 4;

export const booleanControlTester = rankWith(BOOLEAN_CONTROL_RANK, isBooleanControl);
