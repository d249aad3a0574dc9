// The Uphold adapter: load the KYC profile process (its hint, or the flat profile governed by verification
// rules), save one category per PATCH and adopt the answer's input and next hint.
import type { JsonSchema7 } from '@jsonforms/core';
import type { FormData, ProfileForm, ProfileProvider, ProviderContext } from '../types';
import { getCountries, getProfileProcess, patchProfile } from './uphold-api';
import { loadCountryOptions } from './uphold-countries';
import { upholdConflicts } from './uphold-conflicts';
import { describeUpholdError } from './uphold-errors';
import { flatForm, flatInput, unplacedWarnings, warningMessage, withWarnings } from './uphold-flat';
import {
  categoriesOf,
  categoryKeys,
  compact,
  compareHints,
  markCompleteCategories,
  readHint,
  withRequiredObjects,
} from './uphold-hint';
import { statusNotice } from './uphold-status';
import type { InputWarning, ProfileHint, ProfileProcess, Verification } from './uphold-types';

/** What the adapter keeps between load and save (never rendered). */
interface UpholdMeta {
  mode: 'hint' | 'flat';
  hint?: ProfileHint | undefined;
  verification?: Verification | undefined;
  status: string;
}

const metaOf = (form: ProfileForm) => form.meta as unknown as UpholdMeta | undefined;

const warningsOf = (process: ProfileProcess): InputWarning[] =>
  Array.isArray(process.warnings?.input) ? process.warnings.input : [];

function warningNotices(schema: JsonSchema7, warnings: InputWarning[]): string[] {
  if (warnings.length === 0) return [];
  const elsewhere = unplacedWarnings(schema, warnings).map(warningMessage);
  return ['Uphold did not apply every change: see the notes under the fields concerned.', ...elsewhere];
}

function hintForm(process: ProfileProcess, previous: ProfileForm | undefined): ProfileForm {
  const hint = readHint(process.hint);
  const data = withRequiredObjects(hint.schema, process.input ?? {});
  const warnings = warningsOf(process);
  const schema = withWarnings(hint.schema as JsonSchema7, warnings);
  const notices = [statusNotice(process.status, process.verification)];
  const before = previous && metaOf(previous)?.hint;
  if (before) {
    const changes = compareHints(before, hint);
    if (changes.added.length > 0) {
      notices.push(`Uphold has new questions for you: ${changes.added.join(', ')}.`);
    } else if (changes.unchanged) {
      notices.push('Uphold has no further questions for now.');
    }
  }
  notices.push(...warningNotices(schema, warnings));
  const meta: UpholdMeta = { mode: 'hint', hint, verification: process.verification, status: process.status };
  return {
    schema,
    uischema: markCompleteCategories(hint.uiSchema, hint.schema, data),
    data,
    saveBy: categoriesOf(hint.uiSchema).length > 0 ? 'category' : 'form',
    notices,
    meta: meta as unknown as Record<string, unknown>,
  };
}

async function flatProfileForm(ctx: ProviderContext, process: ProfileProcess): Promise<ProfileForm> {
  // The subdivision list comes from the countries; without it the region is typed as a code.
  const countries = await getCountries(ctx.http, ctx.locale, ctx.signal).catch(() => []);
  const generated = flatForm(process.verification, countries, process.input ?? {});
  const warnings = warningsOf(process);
  const schema = withWarnings(generated.schema, warnings);
  const meta: UpholdMeta = { mode: 'flat', verification: process.verification, status: process.status };
  return {
    schema,
    uischema: generated.uischema,
    data: generated.data,
    saveBy: 'form',
    notices: [statusNotice(process.status, process.verification), ...warningNotices(schema, warnings)],
    meta: meta as unknown as Record<string, unknown>,
  };
}

const formFor = (ctx: ProviderContext, process: ProfileProcess, previous?: ProfileForm) =>
  process.hint ? Promise.resolve(hintForm(process, previous)) : flatProfileForm(ctx, process);

/** Top-level keys whose values differ (a hint without categories saves each changed key on its own). */
function changedKeys(base: FormData, draft: FormData): string[] {
  const keys = new Set([...Object.keys(base), ...Object.keys(draft)]);
  return [...keys].filter(
    (key) => JSON.stringify(compact(base[key])) !== JSON.stringify(compact(draft[key])),
  );
}

export const upholdProvider: ProfileProvider = {
  id: 'uphold',
  async load(ctx) {
    return formFor(ctx, await getProfileProcess(ctx.http, ctx.locale, ctx.signal));
  },
  async save(ctx, { draft, base, part }) {
    const meta = metaOf(base);
    if (meta?.mode === 'flat') {
      const process = await patchProfile(
        ctx.http,
        flatInput(draft, meta.verification),
        ctx.locale,
        ctx.signal,
      );
      return formFor(ctx, process, base);
    }
    const keys = part !== undefined ? categoryKeys(base.uischema, part) : changedKeys(base.data, draft);
    if (keys.length === 0) throw new Error('There is nothing to save in this section.');
    // Uphold accepts exactly one top-level key per PATCH (`minProperties`/`maxProperties` 1).
    let process: ProfileProcess | undefined;
    for (const key of keys) {
      process = await patchProfile(ctx.http, { [key]: compact(draft[key]) ?? {} }, ctx.locale, ctx.signal);
    }
    return formFor(ctx, process as ProfileProcess, base);
  },
  describeError: describeUpholdError,
  countrySources: { countries: loadCountryOptions },
  conflicts: upholdConflicts,
};
