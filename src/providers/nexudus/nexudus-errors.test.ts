import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { createNexudusErrorDescriber, NexudusRefusal } from './nexudus-errors';

const describeError = createNexudusErrorDescriber(
  new Set(['BillingEmail', 'RepeatNewPassword', 'CountryId']),
);
const http = (status: number, body?: unknown) =>
  new ApiError({ kind: 'http', status, body, message: `HTTP ${status}`, requestId: 'req-1' });

const envelope = (errors: unknown, message: string | null = null) => ({
  WasSuccessful: false,
  Value: null,
  Status: 400,
  Message: message,
  Errors: errors,
});

describe('Nexudus error mapping', () => {
  it('puts each ActionConfirmation error of a 400 on the field PropertyName names', () => {
    const failure = describeError(
      http(
        400,
        envelope([
          {
            AttemptedValue: 'nope',
            Message: 'The billing e-mail address is not valid.',
            PropertyName: 'BillingEmail',
          },
          {
            AttemptedValue: null,
            Message: 'The new passwords do not match.',
            PropertyName: 'RepeatNewPassword',
          },
          { AttemptedValue: 9, Message: 'The country is not valid.', PropertyName: 'Coworker.CountryId' },
        ]),
      ),
    );
    expect(failure).toMatchObject({
      kind: 'validation',
      requestId: 'req-1',
      fieldErrors: [
        { path: '/BillingEmail', message: 'The billing e-mail address is not valid.' },
        { path: '/RepeatNewPassword', message: 'The new passwords do not match.' },
        { path: '/CountryId', message: 'The country is not valid.' },
      ],
    });
    expect(failure.message).toMatch(/3 fields need correcting.*kept/);
  });

  it('treats WasSuccessful: false with HTTP 200 the same way', () => {
    const failure = describeError(
      new NexudusRefusal({
        WasSuccessful: false,
        Status: 200,
        Message: null,
        Errors: [{ AttemptedValue: 'x', Message: 'Invalid e-mail.', PropertyName: 'BillingEmail' }],
      }),
    );
    expect(failure).toMatchObject({
      kind: 'validation',
      fieldErrors: [{ path: '/BillingEmail', message: 'Invalid e-mail.' }],
    });
  });

  it('shows the envelope message and errors of unknown or missing properties above the form', () => {
    const failure = describeError(
      http(
        400,
        envelope(
          [
            { Message: 'Profile is locked.', PropertyName: null },
            { Message: 'Not allowed.', PropertyName: 'Salutation' },
          ],
          'One or more fields failed validation.',
        ),
      ),
    );
    expect(failure.fieldErrors).toEqual([]);
    expect(failure.message).toContain(
      'One or more fields failed validation. Profile is locked. Salutation: Not allowed.',
    );
  });

  it('reads Errors given as an object of property → messages', () => {
    const failure = describeError(http(400, envelope({ BillingEmail: ['Required.', 'Invalid.'] })));
    expect(failure.fieldErrors).toEqual([
      { path: '/BillingEmail', message: 'Required.' },
      { path: '/BillingEmail', message: 'Invalid.' },
    ]);
  });

  it('explains a 400 without an envelope', () => {
    expect(describeError(http(400, 'Bad Request'))).toMatchObject({ kind: 'validation', fieldErrors: [] });
  });

  it('says the session has expired on 401, keeping what was typed', () => {
    const failure = describeError(http(401, { Message: 'Authorization has been denied for this request.' }));
    expect(failure.kind).toBe('auth');
    expect(failure.message).toMatch(/your session has expired/i);
    expect(failure.message).toMatch(/kept/);
  });

  it('explains server errors, unknown profiles and dropped connections', () => {
    expect(describeError(http(500, envelope(null, 'Internal error.')))).toMatchObject({
      kind: 'server',
      message: expect.stringContaining('server error (500). Nexudus said: “Internal error.”') as string,
    });
    expect(describeError(http(404))).toMatchObject({ kind: 'not-found' });
    expect(describeError(new ApiError({ kind: 'network', message: 'offline' }))).toMatchObject({
      kind: 'network',
    });
  });
});
