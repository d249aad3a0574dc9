// A process's hint as the editor's form: its answers as the data, the request style its contract calls for, the
// status in plain words, new questions named, answered categories marked, and what save needs kept in `meta`.
import * as v from 'valibot';
import type { JsonSchema7 } from '@jsonforms/core';
import type { ProfileForm } from '../types';
import { unplacedWarnings, warningMessage, withWarnings } from './uphold-flat';
import {
  categoriesOf,
  compareHints,
  markCompleteCategories,
  readHint,
  withRequiredObjects,
} from './uphold-hint';
import { presentHint } from './uphold-hint-present';
import { requestStyleOf, type RequestStyle } from './uphold-processes';
import { answersOf } from './uphold-request';
import { HintSchema, VerificationSchema } from './uphold-schemas';
import { upholdMessages } from './uphold-messages';
import { newQuestionsWords, progressOf, progressWords } from './uphold-progress';
import { statusNotice } from './uphold-status';
import type { InputWarning, KycHint, KycProcess, Verification } from './uphold-types';

/** What the adapter keeps between load and save (never rendered). */
export interface UpholdMeta {
  mode: 'hint' | 'flat';
  /** The camelCase process key. */
  process: string;
  style: RequestStyle;
  hint?: KycHint | undefined;
  verification?: Verification | undefined;
  status: string;
}

const MetaSchema = v.object({
  mode: v.picklist(['hint', 'flat']),
  process: v.string(),
  style: v.picklist(['direct', 'questionnaire']),
  hint: v.optional(HintSchema),
  verification: v.optional(VerificationSchema),
  status: v.string(),
});

/** Reads back what `toMeta` stored (the form travels through the query cache in between). */
export const metaOf = (form: ProfileForm): UpholdMeta => v.parse(MetaSchema, form.meta);

export const toMeta = (meta: UpholdMeta): Record<string, unknown> => ({ ...meta });

export const warningsOf = (process: KycProcess): InputWarning[] => process.warnings?.input ?? [];

export function warningNotices(schema: JsonSchema7, warnings: InputWarning[], locale = 'en'): string[] {
  if (warnings.length === 0) return [];
  const elsewhere = unplacedWarnings(schema, warnings).map(warningMessage);
  return [upholdMessages.in(locale)('notApplied'), ...elsewhere];
}

/** The form for a process answered through its hint; `previous` is the form before a save (for what is new). */
export function hintForm(
  key: string,
  process: KycProcess,
  previous: ProfileForm | undefined,
  locale = 'en',
): ProfileForm {
  const hint = readHint(process.hint);
  const style = requestStyleOf(key, Object.keys(hint.schema.properties ?? {}));
  const data = withRequiredObjects(hint.schema, answersOf(style, process.input));
  const warnings = warningsOf(process);
  const shown = presentHint({ schema: withWarnings(hint.schema, warnings), uiSchema: hint.uiSchema });
  const t = upholdMessages.in(locale);
  const subject = key === 'profile' ? 'profile' : 'step';
  // Never "everything it needs" while a required question is empty anywhere in the process.
  const progress = progressOf(hint.schema, hint.uiSchema, data);
  const incomplete = progress.requiredLeft > 0 ? t('status.okButEmpty', { subject }) : undefined;
  const notices = [statusNotice(process.status, process.verification, subject, incomplete, locale)];
  const before = previous ? metaOf(previous).hint : undefined;
  if (before) {
    const changes = compareHints(before, hint);
    if (changes.added.length > 0) {
      notices.push(newQuestionsWords(changes.added, locale));
    } else if (changes.unchanged) {
      notices.push(t('noFurtherQuestions'));
    }
  }
  notices.push(progressWords(progress, locale), ...warningNotices(shown.schema, warnings, locale));
  const meta: UpholdMeta = {
    mode: 'hint',
    process: key,
    style,
    hint,
    verification: process.verification,
    status: process.status,
  };
  const unanswerable = style === 'questionnaire' && !hint.formId;
  return {
    schema: shown.schema,
    uischema: markCompleteCategories(shown.uischema, hint.schema, data),
    data,
    saveBy: categoriesOf(hint.uiSchema).length > 0 ? 'category' : 'form',
    notices,
    meta: toMeta(meta),
    ...(unanswerable && {
      readOnly: {
        reason: t('noFormId'),
      },
    }),
  };
}
