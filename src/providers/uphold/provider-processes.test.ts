import { describe, expect, it } from 'vitest';
import { setUpProviderSandbox } from '../../testing/provider-sandbox';
import type { ProfileForm, ProviderContext } from '../types';
import { processOf, upholdProvider } from './provider';
import { FORM_IDS } from './sandbox-questionnaires';
import { getKycOverview } from './uphold-api';
import { categoriesOf } from './uphold-hint';
import { journeyOf } from './uphold-journey';

// The same handlers the browser sandbox uses, served in Node at the configured base URL (reset after each test).
const sandbox = await setUpProviderSandbox('uphold');
const { server } = sandbox;
const base = sandbox.context({ token: 'test-token', locale: 'en-GB' });
const http = base.http;
const ctxFor = (process?: string): ProviderContext => ({
  ...base,
  params: process === undefined ? {} : { process },
});
const scenario = (...named: string[]) => sandbox.scenario(...named);

interface Sent {
  method: string;
  path: string;
  query: string;
  body: unknown;
}
const sent: Sent[] = [];

server.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  const entry: Sent = { method: request.method, path: url.pathname, query: url.search, body: undefined };
  sent.push(entry);
  if (request.method === 'PATCH')
    void request
      .clone()
      .json()
      .then((body: unknown) => {
        entry.body = body;
      });
});

const patches = async (count: number) => {
  await expect
    .poll(() => sent.filter((s) => s.method === 'PATCH' && s.body !== undefined).length, { timeout: 5000 })
    .toBe(count);
  return sent.filter((s) => s.method === 'PATCH');
};

// Several saves against the sandbox in one test: on a busy machine, more than the default five seconds.
const FLOW = { timeout: 30_000 };

const fail = (promise: Promise<unknown>) => promise.then(() => undefined).catch((e: unknown) => e);
const labels = (form: ProfileForm) => categoriesOf(form.uischema).map((c) => c.label);

const DETAILS = { fullName: 'John Doe', primaryCitizenship: 'GB', birthdate: '1987-01-01' };

/** Completes the profile (two saves: the details, then the questions the grown hint adds). */
async function completeProfile(details: object = DETAILS) {
  const ctx = ctxFor('profile');
  const base = await upholdProvider.load(ctx);
  const grown = await upholdProvider.save(ctx, { base, draft: { details }, part: '0' });
  const full = { ...details, birthplace: { country: 'GB', town: 'London' } };
  await upholdProvider.save(ctx, { base: grown, draft: { details: full }, part: '0' });
}

describe('Uphold processes through the adapter', () => {
  it('the camelCase or kebab-case name in the route names the same process; the profile is the default', () => {
    expect(processOf(ctxFor())).toBe('profile');
    expect(processOf(ctxFor('customer-due-diligence'))).toBe('customerDueDiligence');
    expect(processOf(ctxFor('customerDueDiligence'))).toBe('customerDueDiligence');
    expect(() => processOf(ctxFor('identity'))).toThrow(
      'Identity document is not answered with a form here.',
    );
    expect(() => processOf(ctxFor('payroll'))).toThrow('no form-based KYC process called "payroll"');
  });

  it('loads a questionnaire with ?detailed=<camelCase key> and renders its hint, descriptions safe', async () => {
    sent.length = 0;
    const form = await upholdProvider.load(ctxFor('customer-due-diligence'));
    const read = sent.find((s) => s.path === '/core/kyc');
    expect(new URLSearchParams(read?.query).get('detailed')).toBe('customerDueDiligence');
    expect(labels(form)).toEqual(['Your plans']);
    expect(form.saveBy).toBe('category');
    expect(form.data).toEqual({});
    // The category's description (with <br>) is shown at its top as a Label, for the safe-HTML renderer.
    const first = categoriesOf(form.uischema)[0]?.elements[0];
    expect(first).toEqual({ type: 'Label', text: expect.stringContaining('applies.<br>It helps') as string });
    // Titles and descriptions everywhere else are plain words.
    expect(JSON.stringify(form.schema)).not.toContain('<br>');
    expect(form.notices?.[0]).toMatch(/^Uphold is waiting for answers from you\./);
  });

  it(
    'a questionnaire sends { formId, answers: { <one category> } } to its kebab-case URL, one per PATCH',
    FLOW,
    async () => {
      sent.length = 0;
      const ctx = ctxFor('customer-due-diligence');
      const base = await upholdProvider.load(ctx);
      const intent = { 'expected-activities': ['buy-sell-crypto', 'pay-friends'] };
      const grown = await upholdProvider.save(ctx, { base, draft: { intent }, part: '0' });
      expect(labels(grown)).toEqual(['Your plans', 'Your money']);
      expect(grown.notices).toContain('Uphold has new questions for you: Your money.');
      expect(grown.data).toEqual({ intent });
      const money = { 'source-of-funds': 'salary', 'annual-income-range': '20000-50000-GBP' };
      // Both categories in the draft: only the one being saved is sent.
      const done = await upholdProvider.save(ctx, {
        base: grown,
        draft: { intent: { 'expected-activities': ['send-money-abroad'] }, 'financial-information': money },
        part: '1',
      });
      const [first, second] = await patches(2);
      expect(first?.path).toBe('/core/kyc/processes/customer-due-diligence');
      expect(first?.body).toEqual({ input: { formId: FORM_IDS.customerDueDiligence, answers: { intent } } });
      expect(second?.body).toEqual({
        input: { formId: FORM_IDS.customerDueDiligence, answers: { 'financial-information': money } },
      });
      // The last category answered: Uphold checks, then it is done.
      expect(done.notices?.[0]).toMatch(/^Uphold is checking your answers/);
      const overview = journeyOf(await getKycOverview(http, 'en-GB'));
      expect(overview.steps.find((s) => s.key === 'customerDueDiligence')?.state).toBe('checking');
      const later = journeyOf(await getKycOverview(http, 'en-GB'));
      expect(later.steps.find((s) => s.key === 'customerDueDiligence')?.state).toBe('done');
    },
  );

  it('a save without a part sends each changed category on its own', async () => {
    const ctx = ctxFor('crypto-risk-assessment');
    const base = await upholdProvider.load(ctx);
    sent.length = 0;
    await upholdProvider.save(ctx, {
      base,
      draft: {
        experience: { 'crypto-experience': 'never', 'loss-understanding': 'lose-all' },
        'attitude-towards-risk': { 'willingness-to-fluctuations': 'agree' },
      },
    });
    const bodies = (await patches(2)).map((p) =>
      Object.keys((p.body as { input: { answers: object } }).input.answers),
    );
    expect(bodies).toEqual([['experience'], ['attitude-towards-risk']]);
  });

  it('the profile keeps its direct body even though its hint carries a formId', async () => {
    sent.length = 0;
    const ctx = ctxFor('profile');
    const base = await upholdProvider.load(ctx);
    expect(JSON.stringify(base.meta)).toContain('"formId"');
    await upholdProvider.save(ctx, { base, draft: { details: DETAILS }, part: '0' });
    const [patch] = await patches(1);
    expect(patch?.path).toBe('/core/kyc/processes/profile');
    expect(patch?.body).toEqual({ input: { details: DETAILS } });
  });

  it(
    'tax details wait for the profile; then tax residency is sent direct, one category at a time',
    FLOW,
    async () => {
      const refused = upholdProvider.describeError(
        await fail(
          upholdProvider.save(ctxFor('tax-details'), {
            base: await upholdProvider.load(ctxFor('tax-details')),
            draft: { taxResidency: { countries: ['GB'] } },
            part: '0',
          }),
        ),
      );
      expect(refused.message).toMatch(/needs the steps this one depends on first/);
      expect(
        journeyOf(await getKycOverview(http, 'en-GB')).steps.find((s) => s.key === 'taxDetails'),
      ).toMatchObject({
        state: 'waiting',
        label: 'Waits for Profile',
      });

      await completeProfile();
      const ctx = ctxFor('tax-details');
      const base = await upholdProvider.load(ctx);
      sent.length = 0;
      const grown = await upholdProvider.save(ctx, {
        base,
        draft: { taxResidency: { countries: ['GB'] } },
        part: '0',
      });
      const [patch] = await patches(1);
      expect(patch?.path).toBe('/core/kyc/processes/tax-details');
      expect(patch?.body).toEqual({ input: { taxResidency: { countries: ['GB'] } } });
      // Uphold pre-fills one document per country; the list is edited item by item.
      expect(grown.data.taxIdentification).toEqual({ documents: [{ country: 'GB', type: 'tin' }] });
      expect(JSON.stringify(grown.uischema)).toContain('"list":{"itemLabel":"Tax number"}');

      // A number Uphold refuses lands on that document's field.
      const documents = [{ country: 'GB', type: 'tin', number: '12345' }];
      const error = await fail(
        upholdProvider.save(ctx, {
          base: grown,
          draft: { ...grown.data, taxIdentification: { documents } },
          part: '1',
        }),
      );
      expect(upholdProvider.describeError(error).fieldErrors).toEqual([
        {
          path: '/taxIdentification/documents/0/number',
          message: expect.stringMatching(/not valid/) as string,
        },
      ]);
      // Without a number, a reason is required (if–then in the items), as the sandbox checks.
      const noReason = await fail(
        upholdProvider.save(ctx, {
          base: grown,
          draft: { taxIdentification: { documents: [{ country: 'GB', type: 'tin' }] } },
          part: '1',
        }),
      );
      expect(upholdProvider.describeError(noReason).fieldErrors[0]?.path).toBe(
        '/taxIdentification/documents/0/reason',
      );
      const done = await upholdProvider.save(ctx, {
        base: grown,
        draft: { taxIdentification: { documents: [{ ...documents[0], number: '1234567890' }] } },
        part: '1',
      });
      expect(done.notices?.[0]).toMatch(/checking your answers/);
    },
  );

  it('a U.S. citizen gets the W-9 questionnaire for tax details: formId and answers', FLOW, async () => {
    await completeProfile({ ...DETAILS, primaryCitizenship: 'US' });
    const ctx = ctxFor('tax-details');
    const base = await upholdProvider.load(ctx);
    expect(labels(base)).toEqual(['U.S. tax status']);
    sent.length = 0;
    const grown = await upholdProvider.save(ctx, {
      base,
      draft: { 'us-person': { confirmed: true } },
      part: '0',
    });
    const [patch] = await patches(1);
    expect(patch?.body).toEqual({
      input: { formId: FORM_IDS.w9, answers: { 'us-person': { confirmed: true } } },
    });
    const w9 = { tin: '123-45-6789', 'w9-certify-all': true, 'w9-signature': 'Someone Else' };
    const mismatch = upholdProvider.describeError(
      await fail(upholdProvider.save(ctx, { base: grown, draft: { 'tax-identification': w9 }, part: '1' })),
    );
    // `input.answers.tax-identification.w9-signature` lands on the field.
    expect(mismatch.fieldErrors).toEqual([
      {
        path: '/tax-identification/w9-signature',
        message: expect.stringMatching(/as it is on your profile/) as string,
      },
    ]);
  });

  it('a stale questionnaire (another formId) asks to reload instead of pointing at a field', async () => {
    const ctx = ctxFor('self-categorization-statement');
    const base = await upholdProvider.load(ctx);
    const stale = {
      ...base,
      meta: { ...base.meta, hint: { ...(base.meta?.hint as object), formId: 'old' } },
    };
    const failure = upholdProvider.describeError(
      await fail(
        upholdProvider.save(ctx, {
          base: stale,
          draft: { investor: { type: 'restricted_investor' } },
          part: '0',
        }),
      ),
    );
    expect(failure.fieldErrors).toEqual([]);
    expect(failure.message).toMatch(/changed these questions since they were loaded/);
  });

  it('scenarios: a failed process and an exempt one', async () => {
    scenario('process-failed', 'process-exempt');
    const journey = journeyOf(await getKycOverview(http, 'en-GB'));
    expect(journey.steps.find((s) => s.key === 'cryptoRiskAssessment')?.label).toBe('Not accepted');
    expect(journey.steps.find((s) => s.key === 'selfCategorizationStatement')?.label).toBe('Not needed');
  });

  it(
    'a new user: the overview lists every process; the journey ends with "Uphold has everything it needs"',
    FLOW,
    async () => {
      const start = journeyOf(await getKycOverview(http, 'en-GB'));
      expect(start.next?.key).toBe('profile');
      expect(start.steps.find((s) => s.key === 'screening')?.state).toBe('uphold');
      expect(start.complete).toBe(false);
      await completeProfile();
      const answer = async (process: string, drafts: object[]) => {
        const ctx = ctxFor(process);
        let form = await upholdProvider.load(ctx);
        for (const [index, draft] of drafts.entries()) {
          form = await upholdProvider.save(ctx, {
            base: form,
            draft: { ...form.data, ...draft },
            part: String(index),
          });
        }
      };
      await answer('customer-due-diligence', [
        { intent: { 'expected-activities': ['buy-sell-crypto'] } },
        { 'financial-information': { 'source-of-funds': 'salary', 'annual-income-range': '0-20000-GBP' } },
      ]);
      await answer('crypto-risk-assessment', [
        { experience: { 'crypto-experience': 'never', 'loss-understanding': 'lose-all' } },
        { 'attitude-towards-risk': { 'willingness-to-fluctuations': 'agree' } },
      ]);
      await answer('self-categorization-statement', [
        { investor: { type: 'restricted_investor' } },
        {
          'investor-declaration': {
            'invested-less-than-10-percent': 'yes',
            'will-invest-less-than-10-percent': 'yes',
            confirmation: true,
          },
        },
      ]);
      await answer('tax-details', [
        { taxResidency: { countries: ['GB'] } },
        { taxIdentification: { documents: [{ country: 'GB', type: 'tin', number: 'QQ123456C' }] } },
      ]);
      await getKycOverview(http, 'en-GB'); // the checks finish on this read
      const end = journeyOf(await getKycOverview(http, 'en-GB'));
      expect(end.complete).toBe(true);
      expect(end.headline).toBe('Uphold has everything it needs.');
      expect(end.next).toBeUndefined();
    },
  );
});
