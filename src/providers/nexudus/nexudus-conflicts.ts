// Nexudus's PATCH carries only the fields that changed (against the values just re-read), so a change made
// elsewhere to another field is never reverted. A PATCH is not repeated by itself.
import { trimmedText } from '../../forms/data/normalise';
import type { ConflictPolicy } from '../types';

export const nexudusConflicts: ConflictPolicy = { writes: 'changed-fields', normalise: trimmedText };
