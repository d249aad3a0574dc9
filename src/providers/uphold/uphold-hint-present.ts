// How the editor shows a hint Uphold sent: the simple HTML in its texts made safe (rich in a category's description,
// plain words in labels and help texts, which only take text), each category's description at its top, and lists of
// objects (tax documents) as editable lists. Validation is untouched: only titles, descriptions and layout change.
import {
  isControl,
  isLayout,
  type ControlElement,
  type JsonSchema,
  type JsonSchema7,
  type LabelElement,
  type UISchemaElement,
} from '@jsonforms/core';
import { safeHtmlToText } from '../../forms/safe-html';
import { resolveSchema } from '../../forms/validation/uischema-walk';
import { keysOf } from './uphold-hint';

const mapSchemas = (schemas: JsonSchema7[]) => schemas.map(plainSchema);

/** The schema with every title and description as plain words (the labels and help texts JSON Forms shows). */
export function plainSchema(schema: JsonSchema7): JsonSchema7 {
  const copy: JsonSchema7 = { ...schema };
  if (typeof copy.title === 'string') copy.title = safeHtmlToText(copy.title);
  if (typeof copy.description === 'string') copy.description = safeHtmlToText(copy.description);
  if (copy.properties) {
    copy.properties = Object.fromEntries(
      Object.entries(copy.properties).map(([key, child]) => [key, plainSchema(child)]),
    );
  }
  if (Array.isArray(copy.items)) copy.items = mapSchemas(copy.items);
  else if (copy.items) copy.items = plainSchema(copy.items);
  if (copy.allOf) copy.allOf = mapSchemas(copy.allOf);
  if (copy.anyOf) copy.anyOf = mapSchemas(copy.anyOf);
  if (copy.oneOf) copy.oneOf = mapSchemas(copy.oneOf);
  if (copy.then) copy.then = plainSchema(copy.then);
  if (copy.else) copy.else = plainSchema(copy.else);
  return copy;
}

const isObjectList = (schema: JsonSchema | undefined) => {
  const items = schema && 'items' in schema ? schema.items : undefined;
  return (
    schema?.type === 'array' &&
    items !== undefined &&
    !Array.isArray(items) &&
    (items.type === 'object' || items.properties !== undefined || items.allOf !== undefined)
  );
};

function presentControl(control: ControlElement, schema: JsonSchema7): ControlElement {
  const copy: ControlElement = { ...control };
  if (typeof copy.label === 'string') copy.label = safeHtmlToText(copy.label);
  const target = resolveSchema(schema, control.scope);
  // A list of objects is edited item by item (add, fill in, remove), each item with its own fields.
  if (isObjectList(target) && copy.options?.list === undefined) {
    const items = target && 'items' in target && !Array.isArray(target.items) ? target.items : undefined;
    copy.options = { ...copy.options, list: { itemLabel: items?.title ?? 'Entry' } };
  }
  return copy;
}

/** The description of the one top-level answer a category writes, if the schema has one. */
function categoryDescription(category: UISchemaElement, schema: JsonSchema7): string | undefined {
  const keys = keysOf(category);
  const only = keys.length === 1 ? schema.properties?.[keys[0] ?? ''] : undefined;
  return typeof only?.description === 'string' && only.description.trim() ? only.description : undefined;
}

function presentElement(element: UISchemaElement, schema: JsonSchema7): UISchemaElement {
  if (isControl(element)) return presentControl(element, schema);
  if (!isLayout(element)) return element;
  const elements = element.elements.map((child) => presentElement(child, schema));
  const copy = { ...element, elements };
  if ('label' in copy && typeof copy.label === 'string') copy.label = safeHtmlToText(copy.label);
  if (element.type !== 'Category') return copy;
  // A category's description (Uphold puts it on the answer's schema) is shown at its top, with its markup.
  const description = categoryDescription(element, schema);
  const first = elements[0];
  const shown = first?.type === 'Label' && 'text' in first && first.text === description;
  if (!description || shown) return copy;
  const label: LabelElement = { type: 'Label', text: description };
  return { ...copy, elements: [label, ...elements] };
}

/** The schema and uiSchema the editor renders for a hint. */
export function presentHint(hint: { schema: JsonSchema7; uiSchema: UISchemaElement }) {
  return { schema: plainSchema(hint.schema), uischema: presentElement(hint.uiSchema, hint.schema) };
}
