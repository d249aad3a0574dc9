// Small builders for the sandbox's hints: a form is a list of categories, each one top-level answer with its
// schema and its Category of the uiSchema — the shape Uphold's hints have.
import { RuleEffect, type JsonSchema7, type UISchemaElement } from '@jsonforms/core';
import type { KycHint } from './uphold-types';

export interface HintCategory {
  key: string;
  schema: JsonSchema7;
  ui: UISchemaElement;
}

export const scopeOf = (key: string, property: string) => `#/properties/${key}/properties/${property}`;

export const control = (
  label: string,
  scope: string,
  options?: Record<string, unknown>,
): UISchemaElement => ({
  type: 'Control',
  label,
  scope,
  ...(options && { options }),
});

export const category = (label: string, elements: UISchemaElement[]): UISchemaElement => ({
  type: 'Category',
  label,
  elements,
});

/** A closed list: `oneOf` of `{ const, title }`, as Uphold writes its choices. */
export const choices = (pairs: ReadonlyArray<readonly [string, string]>): JsonSchema7[] =>
  pairs.map(([value, title]) => ({ const: value, title }));

/** Shown only when another answer has this value. */
export const showWhen = (element: UISchemaElement, scope: string, value: string): UISchemaElement => ({
  ...element,
  rule: { effect: RuleEffect.SHOW, condition: { scope, schema: { const: value }, failWhenUndefined: true } },
});

export const countriesExcept = (scope: string) => ({
  data: { source: 'countries', exclude: { restrictions: [{ scope }] } },
});

/** A form hint from its categories (a questionnaire has a formId; a direct form may not). */
export function formHint(formId: string | undefined, categories: readonly HintCategory[]): KycHint {
  return {
    type: 'form',
    ...(formId !== undefined && { formId }),
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(categories.map((c) => [c.key, c.schema])),
    },
    uiSchema: { type: 'Categorization', elements: categories.map((c) => c.ui) },
  };
}
