// The postal-code control takes string controls with `format: "postal-code"` (in the schema or the options).
import { and, formatIs, isStringControl, optionIs, or, rankWith } from '@jsonforms/core';
import { TEXT_CONTROL_RANK } from '../text/tester';

export const POSTAL_CODE_CONTROL_RANK = TEXT_CONTROL_RANK + 1;

export const postalCodeControlTester = rankWith(
  POSTAL_CODE_CONTROL_RANK,
  and(isStringControl, or(formatIs('postal-code'), optionIs('format', 'postal-code'))),
);
