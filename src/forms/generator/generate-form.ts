// Turns a FormSpec into a JSON Schema (with if/then for conditional requirement) and a JSON Forms uischema
// (sections as Groups or Categories, rules for conditional visibility). No provider writes a uischema by hand.
import type { JsonSchema7, Rule, UISchemaElement } from '@jsonforms/core';
import type { Condition, FieldSpec, FormSpec } from './field-spec';

export interface GeneratedForm {
  schema: JsonSchema7;
  uischema: UISchemaElement;
}

type ObjectSchema = JsonSchema7 & { properties: Record<string, JsonSchema7>; required?: string[] };

const segments = (path: string) => path.split('.');

/** '#/properties/address/properties/city' for 'address.city'. */
export const scopeOf = (path: string) => '#/properties/' + segments(path).join('/properties/');

/** '/address/city' for 'address.city'. */
export const pointerOf = (path: string) => '/' + segments(path).join('/');

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function fieldSchema(field: FieldSpec): JsonSchema7 {
  const base: JsonSchema7 = { title: field.label };
  if (field.description) base.description = field.description;
  if (field.readOnly) base.readOnly = true;
  const text = (extra: JsonSchema7 = {}): JsonSchema7 => ({
    ...base,
    type: field.nullable ? ['string', 'null'] : 'string',
    ...(field.minLength !== undefined && { minLength: field.minLength }),
    ...(field.maxLength !== undefined && { maxLength: field.maxLength }),
    ...(field.pattern !== undefined && { pattern: field.pattern }),
    ...(field.patternMessage !== undefined && { errorMessage: { pattern: field.patternMessage } }),
    ...extra,
  });
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'password':
    case 'markdown':
      return text();
    case 'country':
      return field.options
        ? { ...base, oneOf: field.options.map((o) => ({ const: o.value, title: o.label })) }
        : text();
    case 'email':
      return text({ format: 'email' });
    case 'phone':
      return text({ format: 'phone' });
    case 'url':
      return text(field.pattern ? {} : { format: 'uri' });
    case 'date': {
      const schema = text({ format: 'date' });
      if (field.maxDate) {
        (schema as Record<string, unknown>).formatMaximum =
          field.maxDate === 'today' ? today() : field.maxDate;
      }
      return schema;
    }
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'integer':
    case 'number':
      return {
        ...base,
        type: field.nullable ? [field.type, 'null'] : field.type,
        ...(field.minimum !== undefined && { minimum: field.minimum }),
        ...(field.maximum !== undefined && { maximum: field.maximum }),
      };
    case 'enum':
      return {
        ...base,
        oneOf: (field.options ?? []).map((o) => ({ const: o.value, title: o.label })),
      };
    case 'list': {
      const item = buildObjectSchema(field.items ?? []);
      return { ...base, type: 'array', items: item };
    }
  }
}

function ensureObject(root: ObjectSchema, parents: string[]): ObjectSchema {
  let node = root;
  for (const key of parents) {
    node.properties[key] ??= { type: 'object', properties: {} };
    node = node.properties[key] as ObjectSchema;
  }
  return node;
}

function buildObjectSchema(fields: readonly FieldSpec[]): ObjectSchema {
  const root: ObjectSchema = { type: 'object', properties: {} };
  for (const field of fields) {
    const keys = segments(field.path);
    const name = keys.pop() as string;
    const parent = ensureObject(root, keys);
    parent.properties[name] = fieldSchema(field);
    if (field.required) (parent.required ??= []).push(name);
  }
  return withPropertiesInOneGo(root);
}

/**
 * The object schema with each `properties` (its own and its nested objects') rebuilt from its entries in one go.
 * Built key by key, V8 keeps such an object as a hash table, and JSON Forms resolves a control's schema (every
 * renderer's tester does, for every control) through lodash's `isEmpty` on the root's `properties`, a `for…in`
 * that on a hash table lists every key first: on a 200-field form, ~7,000 listings of 201 keys in the first
 * render (~110 ms at 4× CPU). Built in one go, the object has a fixed shape and that check is immediate.
 */
function withPropertiesInOneGo(node: ObjectSchema): ObjectSchema {
  node.properties = Object.fromEntries(
    Object.entries(node.properties).map(([key, child]) => [
      key,
      child.type === 'object' && child.properties
        ? withPropertiesInOneGo({ ...child, properties: child.properties })
        : child,
    ]),
  );
  return node;
}

/** A schema that matches when the condition holds, for `if` and for rule conditions. */
function conditionValueSchema(condition: Condition): JsonSchema7 {
  if ('equals' in condition) return { const: condition.equals };
  if ('oneOf' in condition) return { enum: [...condition.oneOf] };
  return { not: { enum: [...condition.notOneOf] } };
}

/** Nests a leaf schema under the path: { properties: { a: { properties: { b: leaf }, required: ['b'] } } }. */
function nestAt(path: string[], leaf: JsonSchema7, requireLeaf: boolean): JsonSchema7 {
  return path.reduceRight<JsonSchema7>(
    (inner, key) => ({ properties: { [key]: inner }, ...(requireLeaf && { required: [key] }) }),
    leaf,
  );
}

function conditionalRequirement(field: FieldSpec & { requiredWhen: Condition }): JsonSchema7 {
  const target = segments(field.path);
  const name = target.pop() as string;
  return {
    if: nestAt(segments(field.requiredWhen.field), conditionValueSchema(field.requiredWhen), true),
    then: nestAt(target, { required: [name] }, true),
  };
}

export function ruleFor(condition: Condition): Rule {
  return {
    effect: 'SHOW' as Rule['effect'],
    condition: {
      scope: scopeOf(condition.field),
      schema: conditionValueSchema(condition),
      failWhenUndefined: !('notOneOf' in condition),
    },
  };
}

function controlFor(field: FieldSpec, scope = scopeOf(field.path)): UISchemaElement {
  const options: Record<string, unknown> = { ...field.ui };
  if (field.type === 'textarea') options.multi = true;
  if (field.type === 'markdown') Object.assign(options, { multi: true, markdown: true });
  if (field.type === 'password') options.format = 'password';
  if (field.type === 'phone') options.format = 'phone';
  if (field.type === 'boolean') options.toggle = true;
  if (field.type === 'country') options.country ??= {};
  if (typeof field.readOnly === 'string') options.readonlyReason = field.readOnly;
  if (field.autocomplete) options.autocomplete = field.autocomplete;
  if (field.placeholder) options.placeholder = field.placeholder;
  if (field.type === 'list' && field.items) {
    options.detail = {
      type: 'VerticalLayout',
      elements: field.items.map((item) => controlFor(item, scopeOf(item.path))),
    };
    options.showSortButtons = false;
  }
  const control: UISchemaElement & Record<string, unknown> = { type: 'Control', scope, label: field.label };
  if (Object.keys(options).length > 0) control.options = options;
  if (field.visibleWhen) control.rule = ruleFor(field.visibleWhen);
  return control;
}

export function generateForm(spec: FormSpec): GeneratedForm {
  const schema: JsonSchema7 = buildObjectSchema(spec.fields);
  const conditionals = spec.fields
    .filter((f): f is FieldSpec & { requiredWhen: Condition } => f.requiredWhen !== undefined)
    .map(conditionalRequirement);
  if (conditionals.length > 0) schema.allOf = conditionals;

  const sections = spec.sections ?? [];
  const unsectioned = spec.fields.filter((f) => !f.section || !sections.some((s) => s.id === f.section));
  if (sections.length === 0) {
    return { schema, uischema: { type: 'VerticalLayout', elements: spec.fields.map((f) => controlFor(f)) } };
  }
  const layout = spec.layout ?? 'groups';
  const blocks = sections.map((section) => {
    const fields = spec.fields.filter((f) => f.section === section.id);
    const elements = fields.map((f) => controlFor(f));
    // A section of one field with the same title ("Occupations"): the title is said once, by the section.
    const only = elements.length === 1 ? elements[0] : undefined;
    if (only && fields[0]?.label === section.label) {
      only.options = { ...only.options, labelIsSectionTitle: true };
    }
    return {
      type: layout === 'categories' ? 'Category' : 'Group',
      label: section.label,
      elements,
      options: { sectionId: section.id, ...(section.description && { description: section.description }) },
      ...(section.visibleWhen && { rule: ruleFor(section.visibleWhen) }),
    };
  });
  const top = unsectioned.map((f) => controlFor(f));
  const uischema =
    layout === 'categories'
      ? { type: 'Categorization', elements: blocks, ...(top.length && { options: { header: top } }) }
      : { type: 'VerticalLayout', elements: [...top, ...blocks] };
  return { schema, uischema: uischema };
}
