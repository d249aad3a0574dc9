// Wise sandbox: the profile read, the update window and the personal-profile update with the documented rules;
// a verified profile (14575282) refuses a PUT without an open window and changes to its verified fields.
import { http, HttpResponse } from 'msw';
import { createPersistedStore } from '../../sandbox/persisted-state';
import { isScenarioActive } from '../../sandbox/scenarios';
import type { ProviderSandbox } from '../types';
import type { WiseProfile, WisePersonalProfileUpdate } from './wise-api';
import { WISE_LOCKED_WHEN_VERIFIED } from './wise-spec';
import { WISE_STATE_COUNTRIES, WISE_STATES } from './wise-states';

interface StoredProfile extends WiseProfile {
  windowOpen: boolean;
  /** Fields the read does not return, kept as Wise would. */
  hidden: Pick<
    WisePersonalProfileUpdate,
    'nationality' | 'externalCustomerId' | 'firstNameInKana' | 'lastNameInKana' | 'occupations'
  >;
}

const seed = (): Record<string, StoredProfile> => ({
  '14575282': {
    id: 14575282,
    type: 'PERSONAL',
    firstName: 'Oliver',
    lastName: 'Wilson',
    preferredName: null,
    dateOfBirth: '1977-07-01',
    email: 'o.wilson@example.com',
    phoneNumber: '+442079460958',
    address: {
      addressFirstLine: '50 Sunflower Ave',
      city: 'London',
      countryIso2Code: 'GB',
      countryIso3Code: 'gbr',
      postCode: 'EC1A 1BB',
      stateCode: null,
    },
    updatedAt: '2025-09-14T10:00:00Z',
    verificationState: 'verified',
    windowOpen: false,
    hidden: { nationality: 'gbr', occupations: [{ code: 'Architect', format: 'FREE_FORM' }] },
  },
  '14575290': {
    id: 14575290,
    type: 'PERSONAL',
    firstName: 'Olivia',
    lastName: 'Jones',
    preferredName: 'Liv',
    dateOfBirth: '1990-03-21',
    email: 'olivia@example.com',
    phoneNumber: '+14085550123',
    address: {
      addressFirstLine: '12 Palm Street',
      city: 'Phoenix',
      countryIso2Code: 'US',
      countryIso3Code: 'usa',
      postCode: '85001',
      stateCode: 'AZ',
    },
    updatedAt: '2026-06-02T08:30:00Z',
    verificationState: 'not_verified',
    windowOpen: false,
    hidden: {},
  },
});

const profiles = createPersistedStore('wise.profiles', seed);

const read = ({ windowOpen: _w, hidden: _h, ...profile }: StoredProfile): WiseProfile => profile;
const invalid = (
  errors: Array<{ code: string; message: string; path?: string; arguments?: unknown[] }>,
  status = 422,
) => HttpResponse.json({ errors }, { status, headers: { 'X-Trace-Id': crypto.randomUUID() } });

function tokenFailure(request: Request) {
  if (isScenarioActive('wise', 'token-expired')) {
    return HttpResponse.json(
      { error: 'invalid_token', error_description: 'Access token expired' },
      { status: 401 },
    );
  }
  return request.headers.get('Authorization')?.startsWith('Bearer ')
    ? undefined
    : HttpResponse.json(
        { error: 'unauthorized', error_description: 'Full authentication is required' },
        { status: 401 },
      );
}

const KATAKANA = /^[\u30A0-\u30FF\u3000 ]*$/;
const ZIP = /^\d{5}(-\d{4})?$/;

/** The documented rules, as Wise's validation errors. */
function validate(body: WisePersonalProfileUpdate, current: StoredProfile) {
  const errors: Array<{ code: string; message: string; path: string; arguments?: unknown[] }> = [];
  for (const key of [
    'firstName',
    'lastName',
    'preferredName',
    'firstNameInKana',
    'lastNameInKana',
  ] as const) {
    const value = body[key];
    if (value !== undefined && value.length > 30)
      errors.push({ code: 'SIZE', message: 'Must be at most 30 characters.', path: key, arguments: [30] });
    if (key.endsWith('InKana') && value !== undefined && !KATAKANA.test(value)) {
      errors.push({ code: 'NOT_KATAKANA', message: 'Must be written in Katakana.', path: key });
    }
  }
  const address = body.address;
  if (address) {
    const country = address.countryIso3Code;
    if (country && !/^[a-z]{3}$/.test(country))
      errors.push({
        code: 'INVALID',
        message: 'Use a 3-letter lower-case country code.',
        path: 'address.countryIso3Code',
      });
    if (country && (WISE_STATE_COUNTRIES as readonly string[]).includes(country)) {
      if (!address.stateCode)
        errors.push({
          code: 'NOT_NULL',
          message: 'State is required for this country.',
          path: 'address.stateCode',
        });
      else if (!WISE_STATES.some((s) => s.group === country && s.value === address.stateCode)) {
        errors.push({
          code: 'INVALID',
          message: 'Unknown state for this country.',
          path: 'address.stateCode',
        });
      }
    }
    if (address.stateCode && address.stateCode.length > 5)
      errors.push({ code: 'SIZE', message: 'Must be at most 5 characters.', path: 'address.stateCode' });
    if (country === 'usa' && address.postCode && !ZIP.test(address.postCode)) {
      errors.push({
        code: 'INVALID_POSTCODE',
        message: 'Enter a US ZIP code such as 85001 or 85001-1234.',
        path: 'address.postCode',
      });
    }
  }
  if (
    body.dateOfBirth !== undefined &&
    (Number.isNaN(Date.parse(body.dateOfBirth)) || body.dateOfBirth > new Date().toISOString().slice(0, 10))
  ) {
    errors.push({
      code: 'INVALID',
      message: 'Date of birth must be a real date in the past.',
      path: 'dateOfBirth',
    });
  }
  const phone = body.contactDetails?.phoneNumber;
  if (phone !== undefined && !/^\+[1-9]\d{6,14}$/.test(phone))
    errors.push({
      code: 'INVALID',
      message: 'Use the international format, e.g. +1408XXXXXXX.',
      path: 'contactDetails.phoneNumber',
    });
  const email = body.contactDetails?.email;
  if (email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    errors.push({ code: 'INVALID', message: 'Not a valid e-mail address.', path: 'contactDetails.email' });
  (body.occupations ?? []).forEach((o, i) => {
    if (o.format !== 'FREE_FORM')
      errors.push({
        code: 'INVALID',
        message: 'Only FREE_FORM is accepted.',
        path: `occupations[${i}].format`,
      });
    if (!o.code?.trim())
      errors.push({ code: 'NOT_BLANK', message: 'Enter the occupation.', path: `occupations[${i}].code` });
  });
  if (current.verificationState === 'verified') {
    for (const key of WISE_LOCKED_WHEN_VERIFIED) {
      const before = key === 'nationality' ? current.hidden.nationality : current[key];
      if (body[key] !== undefined && before && body[key] !== before) {
        errors.push({
          code: 'NOT_ALLOWED',
          message: 'This detail is verified and cannot be changed here.',
          path: key,
        });
      }
    }
  }
  return errors;
}

export const wiseSandbox: ProviderSandbox = {
  scenarios: [
    { name: 'token-expired', description: 'The user token has expired (401 invalid_token).' },
    {
      name: 'put-fails',
      description: 'The profile update fails with HTTP 500 (the window is still closed).',
    },
  ],
  reset: () => profiles.reset(),
  handlers(baseUrl) {
    const find = (id: unknown) => profiles.get()[String(id)];
    const notFound = () => invalid([{ code: 'NOT_FOUND', message: 'Profile not found.' }], 404);
    return [
      http.get(`${baseUrl}/v2/profiles/:id`, ({ request, params }) => {
        const denied = tokenFailure(request);
        if (denied) return denied;
        const profile = find(params.id);
        return profile ? HttpResponse.json(read(profile)) : notFound();
      }),
      http.post(`${baseUrl}/v1/profiles/:id/update-window`, ({ request, params }) => {
        const denied = tokenFailure(request);
        if (denied) return denied;
        if (!find(params.id)) return notFound();
        profiles.update((all) => ({
          ...all,
          [String(params.id)]: { ...all[String(params.id)]!, windowOpen: true },
        }));
        return HttpResponse.json({}, { headers: echo(request) });
      }),
      http.delete(`${baseUrl}/v1/profiles/:id/update-window`, ({ request, params }) => {
        const denied = tokenFailure(request);
        if (denied) return denied;
        if (!find(params.id)) return notFound();
        const now = new Date().toISOString();
        profiles.update((all) => ({
          ...all,
          [String(params.id)]: { ...all[String(params.id)]!, windowOpen: false, updatedAt: now },
        }));
        return HttpResponse.json({}, { headers: echo(request) });
      }),
      http.put(`${baseUrl}/v2/profiles/:id/personal-profile`, async ({ request, params }) => {
        const denied = tokenFailure(request);
        if (denied) return denied;
        const current = find(params.id);
        if (!current) return notFound();
        if (isScenarioActive('wise', 'put-fails')) {
          return HttpResponse.json(
            { errors: [{ code: 'INTERNAL', message: 'Temporary failure, try again.' }] },
            { status: 500, headers: echo(request) },
          );
        }
        if (current.verificationState === 'verified' && !current.windowOpen) {
          return invalid(
            [
              {
                code: 'UPDATE_WINDOW_CLOSED',
                message: 'Open an update window before updating a verified profile.',
              },
            ],
            409,
          );
        }
        const body = (await request.json()) as WisePersonalProfileUpdate;
        const errors = validate(body, current);
        if (errors.length) return invalid(errors);
        const address = { ...current.address, ...body.address };
        if (body.address?.countryIso3Code) address.countryIso2Code = null;
        const next: StoredProfile = {
          ...current,
          firstName: body.firstName ?? current.firstName,
          lastName: body.lastName ?? current.lastName,
          preferredName: body.preferredName ?? current.preferredName,
          dateOfBirth: body.dateOfBirth ?? current.dateOfBirth,
          email: body.contactDetails?.email ?? current.email,
          phoneNumber: body.contactDetails?.phoneNumber ?? current.phoneNumber,
          address,
          hidden: {
            nationality: body.nationality ?? current.hidden.nationality,
            externalCustomerId: body.externalCustomerId ?? current.hidden.externalCustomerId,
            firstNameInKana: body.firstNameInKana ?? current.hidden.firstNameInKana,
            lastNameInKana: body.lastNameInKana ?? current.hidden.lastNameInKana,
            occupations: body.occupations ?? current.hidden.occupations,
          },
        };
        profiles.update((all) => ({ ...all, [String(params.id)]: next }));
        return HttpResponse.json(read(next), { headers: echo(request) });
      }),
    ];
  },
};

function echo(request: Request): Record<string, string> {
  const id = request.headers.get('X-External-Correlation-Id');
  return id ? { 'X-External-Correlation-Id': id } : {};
}
