import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { createHttpClient } from '../../api/http';
import { validateWith } from '../../forms/ajv';
import { createNodeSandbox, sandboxConfig } from '../../sandbox/node';
import { setScenarios } from '../../sandbox/scenarios';
import type { ProviderContext } from '../types';
import { wiseProvider } from './provider';
import { describeWiseError } from './wise-errors';
import { formToUpdate } from './wise-mapping';
import { generateForm } from '../../forms/generator/generate-form';
import { wiseSpec } from './wise-spec';

const { server, resetState } = await createNodeSandbox();
const baseUrl = sandboxConfig.providers.wise?.baseUrl ?? '';
const ctx = (profileId: string): ProviderContext => ({
  http: createHttpClient({ baseUrl, authorization: () => 'Bearer t' }),
  params: { profileId },
  locale: 'en-GB',
});
const calls: string[] = [];
server.events.on('request:start', ({ request }) => {
  if (request.url.startsWith(baseUrl))
    calls.push(`${request.method} ${new URL(request.url).pathname.replace(/^\/+/, '')}`);
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  resetState();
  calls.length = 0;
  setScenarios({ latencyMs: 0, failures: {}, named: [] });
});
afterAll(() => server.close());

describe('Wise spec', () => {
  const { schema } = generateForm(wiseSpec);
  it('requires a state for US, CA, BR and AU addresses only', () => {
    const base = {
      firstName: 'A',
      lastName: 'B',
      dateOfBirth: '1990-01-01',
      address: { addressFirstLine: 'x', city: 'y' },
    };
    const missing = (country: string) =>
      validateWith(schema, { ...base, address: { ...base.address, countryIso3Code: country } }).some(
        (e) => e.keyword === 'required' && e.params.missingProperty === 'stateCode',
      );
    expect(missing('usa')).toBe(true);
    expect(missing('aus')).toBe(true);
    expect(missing('gbr')).toBe(false);
  });

  it('accepts Katakana only in the kana names, and names of at most 30 characters', () => {
    const keywords = (data: object) =>
      validateWith(schema, data).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(keywords({ firstNameInKana: 'ヤマダ' })).not.toContain('/firstNameInKana pattern');
    expect(keywords({ firstNameInKana: 'Yamada' })).toContain('/firstNameInKana pattern');
    expect(keywords({ lastName: 'x'.repeat(31) })).toContain('/lastName maxLength');
  });

  it('has occupations as a list of free-form codes', () => {
    expect(schema.properties?.occupations).toMatchObject({
      type: 'array',
      items: { properties: { code: { type: 'string' } } },
    });
    expect(formToUpdate({ occupations: [{ code: ' Nurse ' }, { code: '' }] }).occupations).toEqual([
      { code: 'Nurse', format: 'FREE_FORM' },
    ]);
  });

  it('never sends an empty value for a field the read does not return', () => {
    const update = formToUpdate({
      firstName: 'Ann',
      nationality: '',
      externalCustomerId: ' ',
      occupations: [],
      address: { countryIso3Code: 'gbr', stateCode: 'AZ' },
    });
    expect(update).toEqual({ firstName: 'Ann', address: { countryIso3Code: 'gbr' } });
  });
});

describe('Wise adapter against the sandbox', () => {
  it('saves through the update window: open, PUT, close, in that order', async () => {
    const base = await wiseProvider.load(ctx('14575282'));
    calls.length = 0;
    const saved = await wiseProvider.save(ctx('14575282'), {
      base,
      draft: { ...base.data, preferredName: 'Ollie' },
    });
    expect(calls).toEqual([
      'POST v1/profiles/14575282/update-window',
      'PUT v2/profiles/14575282/personal-profile',
      'DELETE v1/profiles/14575282/update-window',
    ]);
    expect(saved.data.preferredName).toBe('Ollie');
    expect((await wiseProvider.load(ctx('14575282'))).data.preferredName).toBe('Ollie');
  });

  it('closes the window even when the PUT fails', async () => {
    setScenarios({ latencyMs: 0, failures: {}, named: ['wise:put-fails'] });
    const base = await wiseProvider.load(ctx('14575282'));
    calls.length = 0;
    const error = await wiseProvider
      .save(ctx('14575282'), { base, draft: base.data })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(calls.at(-1)).toBe('DELETE v1/profiles/14575282/update-window');
    expect(describeWiseError(error)).toMatchObject({
      kind: 'server',
      message: expect.stringContaining('Request id') as string,
    });
  });

  it('locks verified fields and refuses to change them', async () => {
    const form = await wiseProvider.load(ctx('14575282'));
    expect(JSON.stringify(form.uischema)).toContain('"readonly":true');
    const error = await wiseProvider
      .save(ctx('14575282'), { base: form, draft: { ...form.data, firstName: 'Changed' } })
      .catch((e: unknown) => e);
    expect(describeWiseError(error).fieldErrors).toEqual([
      { path: '/firstName', message: expect.stringContaining('verified') as string },
    ]);
  });

  it('puts Wise validation errors on their fields', async () => {
    const base = await wiseProvider.load(ctx('14575290'));
    const draft = { ...base.data, address: { ...(base.data.address as object), postCode: 'EC1A 1BB' } };
    const error = await wiseProvider.save(ctx('14575290'), { base, draft }).catch((e: unknown) => e);
    expect(describeWiseError(error)).toMatchObject({
      kind: 'validation',
      fieldErrors: [{ path: '/address/postCode' }],
    });
  });

  it('re-confirms unchanged details by opening and closing the window', async () => {
    const base = await wiseProvider.load(ctx('14575290'));
    calls.length = 0;
    const form = await wiseProvider.actions![0]!.run(ctx('14575290'), base);
    expect(calls.slice(0, 2)).toEqual([
      'POST v1/profiles/14575290/update-window',
      'DELETE v1/profiles/14575290/update-window',
    ]);
    expect(form.notices?.join(' ')).toMatch(/Last confirmed with Wise on/);
  });

  it('treats token errors as an ended session', async () => {
    setScenarios({ latencyMs: 0, failures: {}, named: ['wise:token-expired'] });
    const error = await wiseProvider.load(ctx('14575282')).catch((e: unknown) => e);
    expect(describeWiseError(error)).toMatchObject({
      kind: 'auth',
      message: expect.stringContaining('Access token expired') as string,
    });
  });
});
