// Every example of JSON Forms' own example set (@jsonforms/examples 3.7.0, MIT; schemas, uischemas and data in
// __fixtures__/json-forms-examples.json) renders through our light renderer set: each element gets the same kind of
// renderer it would get beside the whole material set (ours where ours ranks higher, the material one through
// the lazily loaded fallback otherwise), and nothing ends as "No applicable renderer".
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import {
  Generate,
  type JsonFormsRendererRegistryEntry,
  type JsonSchema,
  type TesterContext,
  type UISchemaElement,
} from '@jsonforms/core';
import { materialRenderers } from '@jsonforms/material-renderers';
import { FormHarness } from '../../../testing/form-harness';
import { rendererSet } from '../index';
import { unsupportedElementTester } from '../unsupported/tester';
import examples from './__fixtures__/json-forms-examples.json';
import { materialSetRequested } from './load-material';
import { materialFallbackTester } from './tester';

interface Example {
  name: string;
  schema?: JsonSchema;
  uischema?: UISchemaElement;
  data?: unknown;
}

// Examples without a schema or uischema are generated from their data, as JSON Forms does.
const corpus = (examples as unknown as Example[]).map((example) => {
  const schema = example.schema ?? Generate.jsonSchema(example.data ?? {});
  return { ...example, schema, uischema: example.uischema ?? Generate.uiSchema(schema) };
});

const light = rendererSet.filter(
  (entry) => entry.tester !== materialFallbackTester && entry.tester !== unsupportedElementTester,
);
const best = (entries: JsonFormsRendererRegistryEntry[], element: UISchemaElement, context: TesterContext) =>
  Math.max(-1, ...entries.map((entry) => entry.tester(element, context.rootSchema, context)));

/** The elements JSON Forms dispatches from the root schema (array items' details get their own schema). */
function elementsOf(element: UISchemaElement): UISchemaElement[] {
  const children = (element as { elements?: UISchemaElement[] }).elements ?? [];
  return [element, ...children.flatMap(elementsOf)];
}

const needsFallback = new Set<string>();

describe('the light renderer set over the JSON Forms examples', () => {
  it.each(corpus)('chooses for $name what the whole material set would', ({ name, schema, uischema }) => {
    const context: TesterContext = { rootSchema: schema, config: {} };
    for (const element of elementsOf(uischema)) {
      // Categories are drawn by their Categorization.
      if (element.type === 'Category') continue;
      const lightRank = best(light, element, context);
      const materialRank = best(materialRenderers, element, context);
      const fallback = materialFallbackTester(element, schema, context);
      const unsupported = unsupportedElementTester(element, schema, context);
      const where = `${name}: ${element.type} ${(element as { scope?: string }).scope ?? ''}`;
      if (lightRank > 0) {
        expect(lightRank, `${where} must outrank the material renderer it replaces`).toBeGreaterThan(
          materialRank,
        );
      } else if (materialRank > 0) {
        expect(fallback, `${where} needs the material fallback`).toBe(0);
        needsFallback.add(name);
      } else {
        // Nothing can draw it: the notice, at once or (when the material set might have had a renderer, e.g. a
        // ListWithDetail of plain values) once the fallback has found none.
        expect(Math.max(unsupported, fallback), `${where} gets the notice`).toBe(0);
      }
      expect(fallback === 0 && unsupported === 0, `${where}: fallback and notice never both`).toBe(false);
    }
  });

  it('leaves real work to the fallback (combinators, arrays, radio groups, steppers)', () => {
    for (const name of [
      'anyOf',
      'oneOf',
      'array',
      'list-with-detail',
      'radio-group',
      'categorizationstepper',
    ]) {
      expect(needsFallback, name).toContain(name);
    }
    expect(needsFallback).not.toContain('person');
  });

  it.each(corpus)('renders $name', async ({ name, schema, uischema, data }) => {
    render(
      <FormHarness schema={schema} uischema={uischema} initial={(data ?? {}) as Record<string, unknown>} />,
    );
    await waitFor(() => expect(screen.queryByText('Loading this part of the form…')).toBeNull());
    expect(screen.queryByText(/No applicable renderer/)).toBeNull();
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
    if (needsFallback.has(name)) expect(materialSetRequested()).toBe(true);
  });
});
