import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { describeWiseError, wisePathToPointer } from './wise-errors';

const http = (status: number, body: unknown, requestId?: string) =>
  new ApiError({ kind: 'http', status, body, requestId, message: `HTTP ${status}` });

describe('Wise error mapping', () => {
  it('puts each validation error on the field its path names', () => {
    const failure = describeWiseError(
      http(422, {
        errors: [
          { code: 'NOT_VALID', message: 'Invalid city.', path: 'address.city', arguments: ['x'] },
          { code: 'NOT_BLANK', message: 'Enter the occupation.', path: 'occupations[1].code', arguments: [] },
          { code: 'SIZE', message: 'Too long.', path: 'firstNameInKana', arguments: [30] },
        ],
      }),
    );
    expect(failure).toMatchObject({
      kind: 'validation',
      fieldErrors: [
        { path: '/address/city', message: 'Invalid city.' },
        { path: '/occupations/1/code', message: 'Enter the occupation.' },
        { path: '/firstNameInKana', message: 'Too long.' },
      ],
    });
    expect(failure.message).toMatch(/3 fields/);
  });

  it('shows errors without a path, or on something the form has no field for, above the form', () => {
    const failure = describeWiseError(
      http(
        409,
        {
          errors: [
            { code: 'UPDATE_WINDOW_CLOSED', message: 'Open an update window first.' },
            { code: 'INVALID', message: 'Only FREE_FORM.', path: 'occupations[0].format' },
          ],
        },
        'corr-1',
      ),
    );
    expect(failure.fieldErrors).toEqual([]);
    expect(failure.message).toContain('Open an update window first.');
    expect(failure.message).toContain('occupations[0].format: Only FREE_FORM.');
    expect(failure.message).toContain('Request id: corr-1');
  });

  it('treats token errors as an ended session, whatever the status', () => {
    expect(
      describeWiseError(http(401, { error: 'invalid_token', error_description: 'Access token expired' })),
    ).toMatchObject({ kind: 'auth', message: expect.stringContaining('Access token expired') as string });
    expect(
      describeWiseError(http(403, { error: 'insufficient_scope', error_description: 'User token required' })),
    ).toMatchObject({ kind: 'auth' });
  });

  it('says other failures at form level with the correlation id', () => {
    const failure = describeWiseError(
      http(503, 'Service Unavailable', '6f1c2d7e-aaaa-bbbb-cccc-1234567890ab'),
    );
    expect(failure).toMatchObject({ kind: 'server', fieldErrors: [] });
    expect(failure.message).toMatch(/server error \(503\).*Request id: 6f1c2d7e-aaaa-bbbb-cccc-1234567890ab/);
    expect(describeWiseError(http(404, { errors: [] }))).toMatchObject({ kind: 'not-found' });
  });

  it('turns Wise paths into JSON pointers', () => {
    expect(wisePathToPointer('contactDetails.phoneNumber')).toBe('/contactDetails/phoneNumber');
    expect(wisePathToPointer('occupations[12].code')).toBe('/occupations/12/code');
  });
});
