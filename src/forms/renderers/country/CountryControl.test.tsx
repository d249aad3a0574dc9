import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { UISchemaElement } from '@jsonforms/core';
import { FormHarness } from '../../../testing/form-harness';
import type { CountrySource } from './country-option';

function Harness(props: {
  country: object;
  sources?: Record<string, CountrySource>;
  onData: (d: unknown) => void;
}) {
  const [client] = useState(() => new QueryClient());
  const uischema = {
    type: 'Control',
    scope: '#/properties/c',
    label: 'Country',
    options: { country: props.country },
  } as UISchemaElement;
  return (
    <QueryClientProvider client={client}>
      <FormHarness
        countrySources={props.sources ?? {}}
        schema={{ type: 'object', properties: { c: { type: ['string', 'integer'] } } }}
        uischema={uischema}
        onData={props.onData}
      />
    </QueryClientProvider>
  );
}

describe('CountryControl', () => {
  it('finds a country by typing its name and stores the alpha-3 lower-case code', async () => {
    const seen: unknown[] = [];
    render(<Harness country={{ source: 'iso-alpha3-lower' }} onData={(d) => seen.push(d)} />);
    await userEvent.type(screen.getByLabelText('Country'), 'Germa');
    await userEvent.click(await screen.findByRole('option', { name: 'Germany' }));
    await waitFor(() => expect(seen.at(-1)).toEqual({ c: 'deu' }));
    expect(screen.getByLabelText('Country')).toHaveValue('Germany');
  });

  it('uses a named source and leaves out restricted countries', async () => {
    const seen: unknown[] = [];
    const sources = {
      partner: () =>
        Promise.resolve([
          { value: 1220, label: 'United Kingdom' },
          { value: 1221, label: 'Utopia', restrictedFor: ['residence'] },
        ]),
    };
    render(
      <Harness
        country={{ source: 'partner', excludeRestricted: ['residence'] }}
        sources={sources}
        onData={(d) => seen.push(d)}
      />,
    );
    await userEvent.click(screen.getByLabelText('Country'));
    expect(await screen.findByRole('option', { name: 'United Kingdom' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Utopia' })).toBeNull();
    await userEvent.click(screen.getByRole('option', { name: 'United Kingdom' }));
    await waitFor(() => expect(seen.at(-1)).toEqual({ c: 1220 }));
  });

  it('says when a list cannot be loaded', async () => {
    render(
      <Harness
        country={{ source: 'broken' }}
        sources={{ broken: () => Promise.reject(new Error('down')) }}
        onData={() => undefined}
      />,
    );
    expect(
      await screen.findByText('The list of countries could not be loaded.', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
  });
});

describe('the built-in country lists', () => {
  it('are the same options on every call (a chosen country stays the same value while the user types)', async () => {
    const { isoCountryOptions } = await import('./iso-sources');
    const first = isoCountryOptions('iso-alpha3-lower', 'en-GB');
    expect(first?.find((o) => o.value === 'gbr')?.label).toBe('United Kingdom');
    expect(isoCountryOptions('iso-alpha3-lower', 'en-GB')).toBe(first);
    expect(isoCountryOptions('iso-alpha2', 'en-GB')).not.toBe(first);
  });
});
