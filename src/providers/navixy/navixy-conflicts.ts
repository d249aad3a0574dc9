// Navixy's personal_info/update sets every field of the legal type: the fields the user did not change are sent
// with the values just re-read. Navixy stores the phone as digits, which is what a re-read is compared with. The
// update is a POST: never repeated by itself.
import { trimmedText } from '../../forms/data/normalise';
import type { ConflictPolicy } from '../types';
import { phoneDigits } from './navixy-mapping';

export const navixyConflicts: ConflictPolicy = {
  writes: 'whole-record',
  normalise: (data) => {
    const trimmed = trimmedText(data);
    return trimmed.phone === undefined ? trimmed : { ...trimmed, phone: phoneDigits(trimmed.phone) };
  },
};
