// Wise's personal-profile PUT sends the whole profile: the fields the user did not change go with the values just
// re-read. Wise stores countries as lower-case alpha-3 codes and trims text. The save opens an update window
// (a POST), so it is never repeated by itself.
import { trimmedText } from '../../forms/data/normalise';
import type { ConflictPolicy } from '../types';

export const wiseConflicts: ConflictPolicy = { writes: 'whole-record', normalise: trimmedText };
