// Every provider's form (and the benchmark form) renders completely with the light renderer set alone: each
// shown control is there, nothing falls back to JSON Forms' material set (so it is never downloaded for them),
// and nothing is reported as unsupported.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import type { UISchemaElement } from '@jsonforms/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createHttpClient } from '../api/http';
import { materialSetRequested } from '../forms/renderers/fallback/load-material';
import { generateForm } from '../forms/generator/generate-form';
import { hiddenPointers, isWithin } from '../forms/validation/hidden-controls';
import { controlsOf, pointerOfScope } from '../forms/validation/uischema-walk';
import { benchSpec } from './bench/bench-spec';
import { categoriesOf } from '../profile/CategoryTabs';
import { FormView } from '../profile/FormView';
import { createNodeSandbox, sandboxConfig } from '../sandbox/node';
import { setScenarios } from '../sandbox/scenarios';
import { findProvider, type ProviderId } from '../providers';
import type { ProfileForm, ProfileProvider, ProviderContext } from '../providers/types';

const { server, resetState } = await createNodeSandbox();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  resetState();
  setScenarios({ latencyMs: 0, failures: {}, named: [] });
});
afterAll(() => server.close());

const contextFor = (provider: ProfileProvider, params: Record<string, string>): ProviderContext => ({
  http: createHttpClient({
    baseUrl: sandboxConfig.providers[provider.id]?.baseUrl ?? '',
    authorization: () => provider.authorization?.('sandbox-token') ?? 'Bearer sandbox-token',
  }),
  params,
  locale: 'en-GB',
  sessionKey: 'test-user',
});

/** The bodies the editor renders: the header and every category of a Categorization, else the whole form. */
function bodiesOf(uischema: UISchemaElement): UISchemaElement[] {
  const categories = categoriesOf(uischema);
  if (categories.length === 0) return [uischema];
  const header = (uischema.options?.header as UISchemaElement[] | undefined) ?? [];
  return [header, ...categories.map((c) => c.elements)]
    .filter((elements) => elements.length > 0)
    .map((elements) => ({ type: 'VerticalLayout', elements }));
}

async function expectRenderedLight(form: ProfileForm, provider?: ProfileProvider, ctx?: ProviderContext) {
  const countrySources = Object.fromEntries(
    Object.entries(provider?.countrySources ?? {}).map(([name, load]) => [
      name,
      () => load(ctx as ProviderContext),
    ]),
  );
  const bodies = bodiesOf(form.uischema);
  render(
    <QueryClientProvider client={new QueryClient()}>
      {bodies.map((body, index) => (
        <FormView
          key={index}
          schema={form.schema}
          uischema={body}
          data={form.data}
          errors={[]}
          readOnly={false}
          locale="en-GB"
          extraRenderers={provider?.renderers}
          countrySources={countrySources}
          progressive={false}
          onEdit={() => form.data}
        />
      ))}
    </QueryClientProvider>,
  );
  const hidden = hiddenPointers(form.uischema, form.data);
  const shown = bodies
    .flatMap(controlsOf)
    .filter((control) => !isWithin(pointerOfScope(control.scope), hidden))
    .map((control) => control.label)
    .filter((label): label is string => typeof label === 'string' && label !== '');
  expect(shown.length).toBeGreaterThan(0);
  await waitFor(() => {
    for (const label of shown) expect(screen.getAllByText(label, { exact: false }).length).toBeGreaterThan(0);
  });
  expect(screen.queryByText(/No applicable renderer/)).toBeNull();
  expect(screen.queryByRole('note')).toBeNull();
  expect(screen.queryByText('Loading this part of the form…')).toBeNull();
  expect(materialSetRequested()).toBe(false);
}

const cases: Array<{ id: ProviderId; params?: Record<string, string>; scenarios?: string[] }> = [
  { id: 'camunda', params: { userId: 'demo' } },
  { id: 'wise', params: { profileId: '14575282' } },
  { id: 'wise', params: { profileId: '14575290' } },
  { id: 'navixy' },
  { id: 'nexudus' },
  { id: 'uphold', scenarios: ['uphold:second-category', 'uphold:account-questions'] },
  { id: 'uphold', scenarios: ['uphold:flat-profile'] },
];

describe('the light renderer set', () => {
  it.each(cases)('renders the $id form $params $scenarios without the material set', async (c) => {
    setScenarios({ latencyMs: 0, failures: {}, named: c.scenarios ?? [] });
    const entry = findProvider(c.id);
    if (!entry) throw new Error(`no provider ${c.id}`);
    const provider = await entry.load();
    const ctx = contextFor(provider, c.params ?? {});
    const form = await provider.load(ctx);
    await expectRenderedLight(form, provider, ctx);
  });

  it('renders the benchmark form without the material set', async () => {
    const { spec, data } = benchSpec(20);
    const { schema, uischema } = generateForm(spec);
    await expectRenderedLight({ schema, uischema, data });
  });
});
