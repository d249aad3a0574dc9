import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { UISchemaElement } from '@jsonforms/core';
import type { ErrorObject } from 'ajv';
import { FormHarness } from '../../../testing/form-harness';
import { fieldError } from '../../validation/validate-form';
import type { CountrySource } from './country-option';
import { countrySettingsOf } from './country-settings';
import { countryControlTester } from './tester';
import { textControlTester } from '../text/tester';
import { messagesReady } from '../../../i18n';

const countries: CountrySource = () =>
  Promise.resolve([
    { value: 'DE', label: 'Germany', alpha2: 'DE' },
    { value: 'FR', label: 'France', alpha2: 'FR' },
    { value: 'GB', label: 'United Kingdom', alpha2: 'GB' },
    { value: 'KP', label: 'North Korea', alpha2: 'KP', restrictedFor: ['citizenship', 'residence'] },
  ]);

const schema = {
  type: 'object',
  properties: {
    primaryCitizenship: { type: 'string', pattern: '^[A-Z]{2}$' },
    otherCitizenships: { type: 'array', uniqueItems: true, items: { type: 'string', pattern: '^[A-Z]{2}$' } },
  },
};
const fromHint = { source: 'countries', exclude: { restrictions: [{ scope: 'citizenship' }] } };

function Harness(props: {
  onData: (d: unknown) => void;
  errors?: ErrorObject[];
  initial?: Record<string, unknown>;
  locale?: string;
}) {
  const [client] = useState(() => new QueryClient());
  const uischema = {
    type: 'VerticalLayout',
    elements: [
      {
        type: 'Control',
        scope: '#/properties/primaryCitizenship',
        label: 'Primary citizenship',
        options: { data: fromHint, somethingNew: true },
      },
      {
        type: 'Control',
        scope: '#/properties/otherCitizenships',
        label: 'Other citizenships',
        options: { dataSource: fromHint },
      },
    ],
  } as UISchemaElement;
  return (
    <QueryClientProvider client={client}>
      <FormHarness
        countrySources={{ countries }}
        schema={schema}
        uischema={uischema}
        initial={props.initial ?? {}}
        errors={props.errors ?? []}
        onData={props.onData}
        locale={props.locale}
      />
    </QueryClientProvider>
  );
}

describe('country data sources in options', () => {
  it('reads options.data, options.dataSource (name or object) and the restriction scopes', () => {
    expect(countrySettingsOf({ data: fromHint })).toEqual({
      source: 'countries',
      excludeRestricted: ['citizenship'],
    });
    expect(countrySettingsOf({ dataSource: 'countries' })).toEqual({ source: 'countries' });
    expect(countrySettingsOf({ dataSource: { source: 'countries' } })).toEqual({ source: 'countries' });
    expect(countrySettingsOf({ data: { source: 'occupations' } })).toBeUndefined();
    expect(countrySettingsOf({ data: { exclude: {} } })).toBeUndefined();
  });

  it('leaves a data source that is not a country list to the text control', () => {
    const control = {
      type: 'Control',
      scope: '#/properties/primaryCitizenship',
      options: { data: { source: 'occupations' } },
    };
    const context = { rootSchema: schema, config: {} };
    expect(countryControlTester(control, schema, context)).toBe(-1);
    expect(textControlTester(control, schema, context)).toBeGreaterThan(0);
  });

  it('picks a country by typing its name, stores the code as the source gives it, hides restricted ones', async () => {
    const seen: unknown[] = [];
    render(<Harness onData={(d) => seen.push(d)} />);
    const input = screen.getByLabelText('Primary citizenship');
    await userEvent.type(input, 'North');
    expect(await screen.findByText('No options', {}, { timeout: 5000 })).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, 'united');
    await userEvent.click(await screen.findByRole('option', { name: 'United Kingdom' }, { timeout: 5000 }));
    await waitFor(() => expect(seen.at(-1)).toEqual({ primaryCitizenship: 'GB' }));
  }, 30_000);

  it('says "no options" in the language shown', async () => {
    await messagesReady('de-DE');
    render(<Harness onData={() => undefined} locale="de-DE" />);
    await userEvent.type(screen.getByLabelText('Primary citizenship'), 'North');
    expect(await screen.findByText('Keine Optionen', {}, { timeout: 5000 })).toBeInTheDocument();
  }, 30_000);

  it('gives an array of country codes a multi-select from the same list', async () => {
    const seen: unknown[] = [];
    render(<Harness onData={(d) => seen.push(d)} />);
    // The multi-select loads on demand.
    const input = await screen.findByLabelText('Other citizenships', {}, { timeout: 5000 });
    await userEvent.type(input, 'Fra');
    await userEvent.click(await screen.findByRole('option', { name: 'France' }, { timeout: 5000 }));
    await userEvent.type(input, 'Ger');
    await userEvent.click(await screen.findByRole('option', { name: 'Germany' }, { timeout: 5000 }));
    await waitFor(() => expect(seen.at(-1)).toEqual({ otherCitizenships: ['FR', 'DE'] }));
    await userEvent.type(input, 'North');
    expect(await screen.findByText('No options', {}, { timeout: 5000 })).toBeInTheDocument();
  }, 30_000);

  it('shows an error about one entry of the list on the multi-select, naming the country', async () => {
    render(
      <Harness
        onData={() => undefined}
        initial={{ otherCitizenships: ['FR', 'DE'] }}
        errors={[fieldError('/otherCitizenships/1', 'The country is not supported', 'server')]}
      />,
    );
    // The multi-select loads on demand.
    const input = await screen.findByLabelText('Other citizenships', {}, { timeout: 5000 });
    await waitFor(() => expect(input).toHaveAccessibleDescription('Germany: The country is not supported'));
    const group = input.closest('.MuiAutocomplete-root') as HTMLElement;
    expect(within(group).getByText('France')).toBeInTheDocument();
  });
});
