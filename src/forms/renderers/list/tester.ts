// The list control takes array controls whose uischema asks for it: `options.list = { itemLabel: 'Occupation' }`.
import { and, isObjectArrayControl, rankWith, type Tester } from '@jsonforms/core';

export const LIST_CONTROL_RANK = 10;

const wantsList: Tester = (uischema) =>
  typeof uischema.options?.list === 'object' && uischema.options.list !== null;

export const listControlTester = rankWith(LIST_CONTROL_RANK, and(wantsList, isObjectArrayControl));
