// Camunda's PUT replaces all four fields: the editor sends the fields the user did not change with the values it
// just re-read (never the ones loaded minutes ago). Repeating the PUT is harmless, so it may be retried.
import { trimmedText } from '../../profile/normalise';
import type { ConflictPolicy } from '../types';

export const camundaConflicts: ConflictPolicy = {
  writes: 'whole-record',
  idempotentWrite: true,
  normalise: trimmedText,
};
