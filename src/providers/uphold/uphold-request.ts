// The body of a process PATCH, in the style the process's contract calls for — always exactly one category:
// direct `{ <category>: … }` or questionnaire `{ formId, answers: { <category>: … } }`.
import type { RequestStyle } from './uphold-processes';
import type { KycHint } from './uphold-types';

export class MissingFormIdError extends Error {
  constructor() {
    super('Uphold sent these questions without a form id, so they cannot be answered here yet.');
    this.name = 'MissingFormIdError';
  }
}

/** The `input` of a PATCH answering one category. */
export function inputFor(
  style: RequestStyle,
  hint: Pick<KycHint, 'formId'> | undefined,
  category: string,
  value: unknown,
): Record<string, unknown> {
  if (style === 'direct') return { [category]: value };
  if (!hint?.formId) throw new MissingFormIdError();
  return { formId: hint.formId, answers: { [category]: value } };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The answers inside a process's `input`, in the form's shape (a questionnaire keeps them under `answers`). */
export function answersOf(
  style: RequestStyle,
  input: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (!input) return {};
  if (style === 'direct') return input;
  return isRecord(input.answers) ? input.answers : {};
}
