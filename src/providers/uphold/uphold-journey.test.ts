import { describe, expect, it } from 'vitest';
import { journeyOf, journeyOrder } from './uphold-journey';
import type { KycOverview, KycProcess } from './uphold-types';

const manual = (status: string, dependencies: string[] = []): KycProcess => ({
  status,
  verification: { model: 'uphold-verified', method: 'manual', dependencies },
});

const overview = (processes: Record<string, KycProcess>, summary = 'pending'): KycOverview => ({
  summary: { status: summary },
  processes,
});

describe('journey order', () => {
  it('follows the catalogue, with every process after the ones it depends on (either spelling)', () => {
    expect(
      journeyOrder({
        taxDetails: manual('pending', ['profile', 'address']),
        email: manual('ok'),
        customerDueDiligence: manual('pending', ['crypto-risk-assessment']),
        cryptoRiskAssessment: manual('pending'),
        profile: manual('pending'),
        address: manual('ok'),
      }),
    ).toEqual(['profile', 'cryptoRiskAssessment', 'customerDueDiligence', 'address', 'taxDetails', 'email']);
  });

  it('survives a dependency cycle', () => {
    expect(
      journeyOrder({
        profile: manual('pending', ['taxDetails']),
        taxDetails: manual('pending', ['profile']),
      }),
    ).toEqual(['taxDetails', 'profile']);
  });
});

describe('status in plain words', () => {
  const journey = journeyOf(
    overview({
      profile: manual('pending'),
      address: manual('pending'),
      taxDetails: manual('pending', ['profile', 'address']),
      customerDueDiligence: manual('processing'),
      cryptoRiskAssessment: manual('failed'),
      selfCategorizationStatement: manual('exempt'),
      identity: manual('ok'),
      proofOfAddress: manual('pending'),
      screening: {
        status: 'pending',
        verification: {
          model: 'uphold-verified',
          method: 'automatic',
          dependencies: [],
          triggers: ['profile'],
        },
      },
      sourceOfWealth: { status: 'unknown' },
    }),
  );
  const byKey = (key: string) => journey.steps.find((s) => s.key === key);

  it.each([
    ['profile', 'yours', 'Waiting for your answers', /^Your full name/],
    [
      'taxDetails',
      'waiting',
      'Waits for Profile and Home address',
      /^Opens once Profile and Home address are done\.$/,
    ],
    ['customerDueDiligence', 'checking', 'Uphold is checking', /checking what you sent/],
    ['cryptoRiskAssessment', 'failed', 'Not accepted', /Contact Uphold support/],
    ['selfCategorizationStatement', 'exempt', 'Not needed', /does not need this from you/],
    ['identity', 'done', 'Done', /passport or identity card/],
    ['proofOfAddress', 'elsewhere', 'To do elsewhere', /cannot be done here/],
    ['screening', 'uphold', 'Uphold handles this', /^Uphold runs this itself once Profile is done; nothing/],
    ['sourceOfWealth', 'elsewhere', 'Status unknown', /has not said how/],
  ])('%s: %s — "%s"', (key, state, label, sentence) => {
    expect(byKey(key)).toMatchObject({ state, label });
    expect(byKey(key)?.sentence).toMatch(sentence);
  });

  it('the next process is the first one waiting for the user', () => {
    expect(journey.next?.key).toBe('profile');
    expect(journey.headline).toBe('Uphold needs some answers from you.');
    expect(journey.complete).toBe(false);
    expect(journey.done).toBe(2);
  });

  it('a process opens once its dependency is done', () => {
    const later = journeyOf(
      overview({
        profile: manual('ok'),
        address: manual('ok'),
        taxDetails: manual('pending', ['profile', 'address']),
      }),
    );
    expect(later.steps.find((s) => s.key === 'taxDetails')?.state).toBe('yours');
    expect(later.next?.key).toBe('taxDetails');
  });

  it('a dependency Uphold does not list for the user is not in the way', () => {
    const journey = journeyOf(overview({ taxDetails: manual('pending', ['profile', 'address']) }));
    expect(journey.next?.key).toBe('taxDetails');
  });

  it('everything ok or exempt: Uphold has everything it needs', () => {
    const done = journeyOf(overview({ profile: manual('ok'), proofOfAddress: manual('exempt') }));
    expect(done).toMatchObject({
      complete: true,
      headline: 'Uphold has everything it needs.',
      next: undefined,
    });
    expect(journeyOf(overview({ profile: manual('pending') }, 'ok')).complete).toBe(true);
  });

  it('nothing to answer here while Uphold checks', () => {
    expect(journeyOf(overview({ profile: manual('processing') })).headline).toBe(
      'Uphold is checking your answers.',
    );
  });
});
