import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { CONFLICTS } from './contract-examples';
import { describeUpholdError, propertyTarget, retryAfterSeconds } from './uphold-errors';

const httpError = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new ApiError({
    kind: 'http',
    status,
    body,
    headers: new Headers({ 'x-uphold-request-id': '9092ee4d-f0fb-42e9-8787-b668dbcec531', ...headers }),
    message: `The server answered ${status}.`,
  });

describe('Uphold property paths → JSON pointers', () => {
  it.each([
    ['input.details.fullName', '/details/fullName', '/details/fullName', undefined],
    ['input.fullName', '/fullName', '/fullName', undefined],
    ['input.otherCitizenships[0]', '/otherCitizenships/0', '/otherCitizenships', 0],
    ['input.details.otherCitizenships[2]', '/details/otherCitizenships/2', '/details/otherCitizenships', 2],
    ['input.birthplace.country', '/birthplace/country', '/birthplace/country', undefined],
    ['input.address.postalCode', '/address/postalCode', '/address/postalCode', undefined],
    // A questionnaire's answers are its form data; keys may be kebab-case.
    [
      'input.answers.intent.expected-activities',
      '/intent/expected-activities',
      '/intent/expected-activities',
      undefined,
    ],
    [
      'input.taxIdentification.documents[1].number',
      '/taxIdentification/documents/1/number',
      '/taxIdentification/documents/1/number',
      undefined,
    ],
  ])('%s', (property, pointer, field, item) => {
    expect(propertyTarget(property)).toEqual({ pointer, field, ...(item !== undefined && { item }) });
  });

  it("has no field for the body itself, nor for a questionnaire's form id", () => {
    expect(propertyTarget('input')).toBeUndefined();
    expect(propertyTarget('input.formId')).toBeUndefined();
  });
});

describe('every 409 example of the contract', () => {
  const expected: Record<string, { path?: string; message: RegExp }> = {
    'Full Name Contains Invalid Characters': {
      path: '/details/fullName',
      message: /characters Uphold does not accept/,
    },
    'User Underage': {
      path: '/details/birthdate',
      message: /^The date must be older than or equal to 18 years ago$/,
    },
    'User Overage': {
      path: '/details/birthdate',
      message: /^The date must be newer than or equal to 100 years from now$/,
    },
    'Primary Citizenship Country Not Supported': {
      path: '/details/primaryCitizenship',
      message: /^Uphold does not support this country\.$/,
    },
    'Other Citizenships Country Not Supported': {
      path: '/details/otherCitizenships',
      message: /country number 1 in this list/,
    },
    'Place of Birth Country Not Supported': {
      path: '/details/birthplace/country',
      message: /^Uphold does not support this country\.$/,
    },
    'Citizenship Country Update Not Allowed (Deprecated)': {
      message: /citizenship can only be changed once your identity has been verified/,
    },
  };

  it('covers them all', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(CONFLICTS).sort());
  });

  it.each(Object.entries(CONFLICTS))('%s', (title, body) => {
    const failure = describeUpholdError(httpError(409, body));
    const want = expected[title];
    expect(failure.kind).toBe('conflict');
    expect(failure.requestId).toBe('9092ee4d-f0fb-42e9-8787-b668dbcec531');
    if (want?.path) {
      expect(failure.fieldErrors).toEqual([
        { path: want.path, message: expect.stringMatching(want.message) as string },
      ]);
      expect(failure.message).toMatch(/see the highlighted field.*kept/);
    } else {
      expect(failure.fieldErrors).toEqual([]);
      expect(failure.message).toMatch(want?.message ?? /never/);
    }
  });

  it('a conflict without a property is a form-level message in plain words', () => {
    const failure = describeUpholdError(
      httpError(409, { code: 'po_boxes_not_allowed', message: 'PO boxes are not allowed' }),
    );
    expect(failure.fieldErrors).toEqual([]);
    expect(failure.message).toMatch(/does not accept a PO box/);
  });
});

describe('other Uphold errors', () => {
  it('maps each 400 violation to its field', () => {
    const failure = describeUpholdError(
      httpError(400, {
        code: 'validation_failed',
        message: 'The request is not valid',
        details: {
          violations: [
            { property: 'input.details.fullName', rule: 'required' },
            { property: 'input.details.fullName2', rule: 'maxLength', ruleParams: { limit: 255 } },
            { property: 'input.details.otherCitizenships[1]', rule: 'pattern' },
          ],
        },
      }),
    );
    expect(failure.kind).toBe('validation');
    expect(failure.fieldErrors).toEqual([
      { path: '/details/fullName', message: 'This field is required.' },
      { path: '/details/fullName2', message: 'Use at most 255 characters.' },
      {
        path: '/details/otherCitizenships',
        message: 'The entry number 2 in this list: The value is not in the expected form.',
      },
    ]);
    expect(failure.message).toMatch(/3 of your answers/);
  });

  it.each([
    ['token_expired', /session has expired/],
    ['token_invalid', /did not accept your sign-in/],
  ])('401 %s asks to sign in again and keeps the changes', (code, message) => {
    const failure = describeUpholdError(httpError(401, { code, message: 'x' }));
    expect(failure).toMatchObject({ kind: 'auth' });
    expect(failure.message).toMatch(message);
    expect(failure.message).toMatch(/kept/);
  });

  it('429 says how long to wait (Retry-After)', () => {
    const failure = describeUpholdError(
      httpError(429, { code: 'too_many_requests', message: 'x' }, { 'Retry-After': '30' }),
    );
    expect(failure.kind).toBe('unavailable');
    expect(failure.message).toMatch(/Try again in 30 seconds/);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    expect(retryAfterSeconds(new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(
      60,
    );
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });

  it('a server error keeps the request id for support', () => {
    const failure = describeUpholdError(
      httpError(500, { code: 'internal_server_error', message: 'Internal' }),
    );
    expect(failure).toMatchObject({ kind: 'server', requestId: '9092ee4d-f0fb-42e9-8787-b668dbcec531' });
  });

  it('a dropped connection is a network failure', () => {
    expect(describeUpholdError(new ApiError({ kind: 'network', message: 'offline' })).kind).toBe('network');
  });
});

describe('questionnaire errors', () => {
  it('a violation under input.answers lands on its field', () => {
    const failure = describeUpholdError(
      httpError(400, {
        code: 'validation_failed',
        message: 'The request is not valid',
        details: {
          violations: [
            {
              property: 'input.answers.intent.expected-activities',
              rule: 'minItems',
              ruleParams: { limit: 1 },
            },
          ],
        },
      }),
    );
    expect(failure.fieldErrors).toEqual([
      { path: '/intent/expected-activities', message: 'Choose at least 1.' },
    ]);
  });

  it('a changed form (input.formId) asks to reload, whether as a 409 or a violation', () => {
    const stale = describeUpholdError(
      httpError(409, { code: 'form_outdated', message: 'x', details: { property: 'input.formId' } }),
    );
    expect(stale).toMatchObject({ kind: 'conflict', fieldErrors: [] });
    expect(stale.message).toMatch(/changed these questions since they were loaded. Reload the page/);
    const violation = describeUpholdError(
      httpError(400, {
        code: 'validation_failed',
        message: 'x',
        details: { violations: [{ property: 'input.formId', rule: 'format' }] },
      }),
    );
    expect(violation.message).toMatch(/changed these questions/);
  });

  it('an answer in a shape Uphold does not document is said so, not a crash', () => {
    expect(describeUpholdError(httpError(409, '<html>proxy error</html>')).message).toMatch(
      /did not accept the change \(409\)/,
    );
  });
});
