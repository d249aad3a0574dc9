// The enum control takes single-value closed lists (`enum`, or `oneOf` of `{ const, title }`), ranked above JSON
// Forms' enum (2) and one-of-enum (5) controls; radio groups (`options.format: "radio"`, rank 20) stay JSON
// Forms' own. A boolean that must be one value (`const: true`, "tick to confirm") stays a checkbox.
import {
  and,
  isBooleanControl,
  isEnumControl,
  isOneOfEnumControl,
  not,
  optionIs,
  or,
  rankWith,
} from '@jsonforms/core';

export const ENUM_CONTROL_RANK = 6;

export const enumControlTester = rankWith(
  ENUM_CONTROL_RANK,
  and(or(isEnumControl, isOneOfEnumControl), not(optionIs('format', 'radio')), not(isBooleanControl)),
);
