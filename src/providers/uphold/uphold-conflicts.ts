// Uphold saves one category per PATCH: the category's answers are merged into the answers just re-read, so an
// answer changed elsewhere in the same category is kept (or asked about when the user changed it too). The
// fresh read also brings Uphold's current hint. A PATCH is not repeated by itself.
import { trimmedText } from '../../forms/data/normalise';
import type { ConflictPolicy } from '../types';

export const upholdConflicts: ConflictPolicy = { writes: 'changed-fields', normalise: trimmedText };
