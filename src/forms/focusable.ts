// The elements Tab can stop on: enabled form controls, buttons and anything with a tabindex that is not -1. Shared by
// the long form's look-ahead (which controls are the last shown) and the error summary (the control a link reaches).
export const FOCUSABLE =
  'input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';
