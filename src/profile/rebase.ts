// The three-way merge at the heart of conflict handling: the user's changes (base → draft) carried onto fresh
// values from the provider. A field changed on both sides to different values is a conflict, never overwritten.
import type { FormData } from '../providers/types';
import { setAt, valueAt } from '../forms/data/data-paths';
import { changedPointers, sameValue } from '../forms/data/form-data';
import { trimmedText } from '../forms/data/normalise';

/** A field the user changed that was also changed at the provider, to something else. */
export interface FieldConflict {
  pointer: string;
  /** What the user typed. */
  mine: unknown;
  /** What the provider holds now. */
  theirs: unknown;
}

export interface Rebased {
  /** The fresh values: what the provider holds now. */
  base: FormData;
  /** The fresh values with every change of the user on top. */
  draft: FormData;
  conflicts: FieldConflict[];
}

/** The pointers the user changed (leaves; a list counts as one value). */
export const dirtyPointers = (base: FormData, draft: FormData) => changedPointers(base, draft);

/** Carries the user's changes onto fresh values and names the fields changed on both sides. */
export function rebaseDraft(args: { base: FormData; draft: FormData; fresh: FormData }): Rebased {
  const { base, draft, fresh } = args;
  let merged: FormData = structuredClone(fresh);
  const conflicts: FieldConflict[] = [];
  for (const pointer of dirtyPointers(base, draft)) {
    const mine = valueAt(draft, pointer);
    const before = valueAt(base, pointer);
    const theirs = valueAt(fresh, pointer);
    merged = setAt(merged, pointer, mine);
    if (!sameValue(theirs, before) && !sameValue(theirs, mine)) conflicts.push({ pointer, mine, theirs });
  }
  return { base: fresh, draft: merged, conflicts };
}

/** The user's choice for one conflict: keep what they typed, or take the provider's value. */
export function resolveConflict(draft: FormData, conflict: FieldConflict, keep: 'mine' | 'theirs'): FormData {
  return keep === 'mine' ? draft : setAt(draft, conflict.pointer, conflict.theirs);
}

export type WriteOutcome = 'landed' | 'partly' | 'not-landed' | 'unknown';

/**
 * After a write whose answer never came (timeout, dropped connection, cancel): compares what was sent with a
 * fresh read. `normalise` turns the sent values into what the provider would store (trimmed text, digits-only
 * phone …); values the provider never returns (passwords) cannot be checked and are left out.
 */
export function writeOutcome(args: {
  base: FormData;
  sent: FormData;
  fresh: FormData;
  unreadable?: readonly string[] | undefined;
  normalise?: ((data: FormData) => FormData) | undefined;
}): WriteOutcome {
  const { base, fresh, unreadable = [] } = args;
  const normalise = args.normalise ?? trimmedText;
  const sent = normalise(args.sent);
  const before = normalise(base);
  const pointers = dirtyPointers(before, sent).filter(
    (p) => !unreadable.some((u) => p === u || p.startsWith(`${u}/`)),
  );
  if (pointers.length === 0) return 'unknown';
  const arrived = pointers.filter((p) => sameValue(valueAt(fresh, p), valueAt(sent, p))).length;
  if (arrived === pointers.length) return 'landed';
  return arrived === 0 ? 'not-landed' : 'partly';
}
