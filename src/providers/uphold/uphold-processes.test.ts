import { describe, expect, it } from 'vitest';
import {
  FORM_PROCESSES,
  processInfo,
  processKeyOf,
  requestStyleOf,
  toKey,
  toSegment,
} from './uphold-processes';

describe('process names: camelCase key ↔ kebab-case URL segment', () => {
  it.each([
    ['profile', 'profile'],
    ['customerDueDiligence', 'customer-due-diligence'],
    ['cryptoRiskAssessment', 'crypto-risk-assessment'],
    ['selfCategorizationStatement', 'self-categorization-statement'],
    ['taxDetails', 'tax-details'],
    ['proofOfAddress', 'proof-of-address'],
  ])('%s ↔ %s', (key, segment) => {
    expect(toSegment(key)).toBe(segment);
    expect(toKey(segment)).toBe(key);
    expect(processKeyOf(segment)).toBe(key);
    expect(processKeyOf(key)).toBe(key);
  });

  it('refuses names that are neither spelling', () => {
    expect(processKeyOf('Tax_Details')).toBeUndefined();
    expect(processKeyOf('tax--details')).toBeUndefined();
    expect(processKeyOf('../profile')).toBeUndefined();
  });

  it('the five form-based processes, in journey order', () => {
    expect(FORM_PROCESSES).toEqual([
      'profile',
      'customerDueDiligence',
      'cryptoRiskAssessment',
      'selfCategorizationStatement',
      'taxDetails',
    ]);
  });

  it('a process Uphold adds later gets its name in words and is not answered here', () => {
    expect(processInfo('sourceOfWealth')).toMatchObject({
      title: 'Source of wealth',
      completion: { kind: 'submitted' },
    });
  });
});

describe('request style, from the process contract — never from the presence of a formId', () => {
  it('the profile sends direct keys; the questionnaires send formId and answers', () => {
    expect(requestStyleOf('profile', ['details'])).toBe('direct');
    expect(requestStyleOf('customerDueDiligence', ['intent'])).toBe('questionnaire');
    expect(requestStyleOf('cryptoRiskAssessment', ['experience'])).toBe('questionnaire');
    expect(requestStyleOf('selfCategorizationStatement', ['investor'])).toBe('questionnaire');
  });

  it('tax details: residency is direct, the US/W-9 form a questionnaire', () => {
    expect(requestStyleOf('taxDetails', ['taxResidency'])).toBe('direct');
    expect(requestStyleOf('taxDetails', ['taxResidency', 'taxIdentification'])).toBe('direct');
    expect(requestStyleOf('taxDetails', ['us-person', 'tax-identification'])).toBe('questionnaire');
  });

  it('a process that is not form-based has no request style', () => {
    expect(() => requestStyleOf('identity', [])).toThrow('Identity document is not answered through a form.');
  });
});
