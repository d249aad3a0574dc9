// The Uphold adapter: one form-based KYC process per page (`ctx.params.process`, the profile by default) — load
// it with `GET /core/kyc?detailed=<process>`, save one category per PATCH in the style its contract calls for, and
// adopt the answer's input and next hint. The profile without a hint is the flat profile of verification rules.
import { currentLocale } from '../../i18n';
import { ownerOf } from '../owner';
import type { FormData, ProfileForm, ProfileProvider, ProviderContext } from '../types';
import { getCountries, getProcess, patchProcess } from './uphold-api';
import { loadCountryOptions } from './uphold-countries';
import { upholdConflicts } from './uphold-conflicts';
import { describeUpholdError } from './uphold-errors';
import { flatForm, flatInput, withWarnings } from './uphold-flat';
import { categoryKeys, compact, readHint } from './uphold-hint';
import { upholdMessages } from './uphold-messages';
import { upholdPages } from './uphold-pages';
import { hintForm, metaOf, toMeta, warningNotices, warningsOf, type UpholdMeta } from './uphold-process-form';
import { isFormProcess, isKnownProcess, processInfo, processKeyOf } from './uphold-processes';
import { inputFor } from './uphold-request';
import { statusNotice } from './uphold-status';
import type { KycHint, KycProcess } from './uphold-types';

export class NotAFormProcessError extends Error {
  constructor(name: string) {
    const key = processKeyOf(name);
    super(
      key && isKnownProcess(key)
        ? upholdMessages.t('notAForm', { title: processInfo(key, currentLocale()).title })
        : upholdMessages.t('noSuchProcess', { name }),
    );
    this.name = 'NotAFormProcessError';
  }
}

/** The camelCase key of the process a context opens (`ctx.params.process`, either spelling; the profile if none). */
export function processOf(ctx: ProviderContext): string {
  const name = ctx.params.process ?? 'profile';
  const key = processKeyOf(name);
  if (!key || !isFormProcess(key)) throw new NotAFormProcessError(name);
  return key;
}

async function flatProfileForm(ctx: ProviderContext, process: KycProcess): Promise<ProfileForm> {
  // The subdivision list comes from the countries; without it the region is typed as a code.
  const countries = await getCountries(ctx.http, ctx.locale, ctx.signal).catch(() => []);
  const generated = flatForm(process.verification, countries, process.input ?? {}, ctx.locale);
  const warnings = warningsOf(process);
  const schema = withWarnings(generated.schema, warnings);
  const meta: UpholdMeta = {
    mode: 'flat',
    process: 'profile',
    style: 'direct',
    verification: process.verification,
    status: process.status,
  };
  return {
    schema,
    uischema: generated.uischema,
    data: generated.data,
    saveBy: 'form',
    notices: [
      statusNotice(process.status, process.verification, 'profile', undefined, ctx.locale),
      ...warningNotices(schema, warnings, ctx.locale),
    ],
    meta: toMeta(meta),
  };
}

/**
 * Whose profile this is: the full name the process's answers hold (`details.fullName` with a hint, `fullName` in
 * the flat profile). Uphold's KYC answers carry no e-mail, so no contact is shown.
 */
export function upholdOwner(process: KycProcess): ProfileForm['owner'] {
  const input = process.input ?? {};
  const details = input.details;
  const nested =
    typeof details === 'object' && details !== null && !Array.isArray(details)
      ? (details as Record<string, unknown>).fullName
      : undefined;
  return ownerOf([nested ?? input.fullName], []);
}

async function formFor(
  ctx: ProviderContext,
  key: string,
  process: KycProcess,
  previous?: ProfileForm,
): Promise<ProfileForm> {
  // Only the profile has a form without a hint (its flat shape); another process without one is explained.
  const form =
    process.hint === undefined && key === 'profile'
      ? await flatProfileForm(ctx, process)
      : hintForm(key, process, previous, ctx.locale);
  const owner = upholdOwner(process);
  return owner ? { ...form, owner } : form;
}

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
    const key = processOf(ctx);
    await upholdMessages.ready(ctx.locale);
    return formFor(ctx, key, await getProcess(ctx.http, key, ctx.locale, ctx.signal));
  },
  async save(ctx, { draft, base, part }) {
    const meta = metaOf(base);
    if (meta.mode === 'flat') {
      const input = flatInput(draft, meta.verification);
      const process = await patchProcess(ctx.http, 'profile', input, ctx.locale, ctx.signal);
      return formFor(ctx, 'profile', process, base);
    }
    const keys = part !== undefined ? categoryKeys(base.uischema, part) : changedKeys(base.data, draft);
    if (keys.length === 0) throw new Error(upholdMessages.in(ctx.locale)('nothingToSave'));
    // Uphold accepts exactly one category per PATCH; a questionnaire names the form (its latest id) each time.
    let hint: KycHint | undefined = meta.hint;
    let process: KycProcess | undefined;
    for (const key of keys) {
      const input = inputFor(meta.style, hint, key, compact(draft[key]) ?? {});
      process = await patchProcess(ctx.http, meta.process, input, ctx.locale, ctx.signal);
      if (process.hint !== undefined) hint = readHint(process.hint);
    }
    if (!process) throw new Error(upholdMessages.in(ctx.locale)('nothingToSave'));
    return formFor(ctx, meta.process, process, base);
  },
  describeError: describeUpholdError,
  countrySources: { countries: loadCountryOptions },
  pages: upholdPages,
  conflicts: upholdConflicts,
};
