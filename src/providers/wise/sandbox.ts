// Wise sandbox: the profile read, the update window and the personal-profile update with the documented rules;
// a verified profile (14575282) refuses a PUT without an open window and changes to its locked fields.
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { loadPhoneCheck } from '../../forms/phone-format';
import { createPersistedStore } from '../../sandbox/persisted-state';
import { isScenarioActive } from '../../sandbox/scenarios';
import { parseSeed, seedParam, seedText } from '../../sandbox/seed';
import type { ProviderSandbox } from '../types';
import type { WiseProfile, WisePersonalProfileUpdate } from './wise-api';
import { validateUpdate, type WiseValidationError } from './sandbox-validation';

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
    email: 'oliver.wilson@account.example',
    phoneNumber: '+442079460958',
    contactDetails: { email: 'o.wilson@example.com', phoneNumber: '+3725064992' },
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
    contactDetails: { email: 'liv.jones@example.com', phoneNumber: '+14085550123' },
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
  // The contract's own example profile (the personal-profile update's examples), not verified.
  '14575299': {
    id: 14575299,
    type: 'PERSONAL',
    firstName: 'Oliver',
    lastName: 'Wilson',
    preferredName: 'Olivia',
    dateOfBirth: '1977-07-01',
    email: 'oliver.wilson@account.example',
    phoneNumber: null,
    contactDetails: { email: 'o.wilson@example.com', phoneNumber: '+3725064992' },
    address: {
      addressFirstLine: '50 Sunflower Ave',
      city: 'Phoenix',
      countryIso2Code: 'US',
      countryIso3Code: 'usa',
      postCode: '10025',
      stateCode: 'AZ',
    },
    updatedAt: '2026-06-02T08:30:00Z',
    verificationState: 'not_verified',
    windowOpen: false,
    hidden: {
      nationality: 'usa',
      externalCustomerId: '12345-oliver-wilson',
      occupations: [{ code: 'Software Engineer', format: 'FREE_FORM' }],
    },
  },
  // Wise holds a contact phone that libphonenumber does not accept (an old or unusual number).
  '14575301': {
    id: 14575301,
    type: 'PERSONAL',
    firstName: 'Ola',
    lastName: 'Nordmann',
    preferredName: null,
    dateOfBirth: '1985-05-17',
    email: 'ola@account.example',
    phoneNumber: null,
    contactDetails: { email: 'ola@example.com', phoneNumber: '+47400000' },
    address: {
      addressFirstLine: 'Karl Johans gate 1',
      city: 'Oslo',
      countryIso2Code: 'NO',
      countryIso3Code: 'nor',
      postCode: '0154',
      stateCode: null,
    },
    updatedAt: '2026-06-02T08:30:00Z',
    verificationState: 'not_verified',
    windowOpen: false,
    hidden: {},
  },
});

const profiles = createPersistedStore('wise.profiles', seed);

const seedSchema = v.strictObject({
  firstName: v.optional(seedText),
  lastName: v.optional(seedText),
  preferredName: v.optional(seedText),
  dateOfBirth: v.optional(seedText),
  email: v.optional(seedText),
  phoneNumber: v.optional(seedText),
  address: v.optional(
    v.partial(
      v.strictObject({
        addressFirstLine: v.string(),
        city: v.string(),
        countryIso2Code: v.string(),
        countryIso3Code: v.string(),
        postCode: v.string(),
        stateCode: seedText,
      }),
    ),
  ),
  updatedAt: v.optional(seedText),
  verificationState: v.optional(v.picklist(['verified', 'not_verified'])),
});

/** A new sandbox profile: empty, not verified, confirmed today. */
const blankProfile = (id: number): StoredProfile => ({
  id,
  type: 'PERSONAL',
  address: { addressFirstLine: '', city: '', countryIso2Code: 'GB', countryIso3Code: 'gbr', postCode: '' },
  updatedAt: new Date().toISOString(),
  verificationState: 'not_verified',
  windowOpen: false,
  hidden: {},
});

/** Scenarios `wise:verified` / `wise:unverified` make every profile so; otherwise the stored state counts. */
const isVerified = (profile: StoredProfile) =>
  isScenarioActive('wise', 'unverified')
    ? false
    : isScenarioActive('wise', 'verified') || profile.verificationState === 'verified';

const read = ({ windowOpen: _w, hidden: _h, ...profile }: StoredProfile): WiseProfile => ({
  ...profile,
  verificationState: isVerified({ ...profile, windowOpen: false, hidden: {} }) ? 'verified' : 'not_verified',
});
const invalid = (errors: WiseValidationError[], status = 422) =>
  HttpResponse.json({ errors }, { status, headers: { 'X-Trace-Id': crypto.randomUUID() } });

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

export const wiseSandbox: ProviderSandbox = {
  scenarios: [
    {
      name: 'token-expired',
      applies: 'now',
      description: 'The session has ended: the next request asks you to sign in again.',
    },
    {
      name: 'put-fails',
      applies: 'now',
      description: 'Saving fails with a server error (nothing is changed at Wise).',
    },
    {
      name: 'verified',
      applies: 'reload',
      description: 'Every profile is verified: some fields are locked.',
    },
    {
      name: 'unverified',
      applies: 'reload',
      description: 'No profile is verified: every field may change.',
    },
  ],
  examples: [
    { params: { profileId: '14575282' }, description: 'Oliver Wilson, London, verified' },
    { params: { profileId: '14575290' }, description: 'Olivia Jones, Phoenix AZ, not verified' },
  ],
  reset: () => profiles.reset(),
  seed(params, record) {
    const id = seedParam(params, 'profileId', 'wise');
    if (!/^\d+$/.test(id)) throw new Error('wise: params.profileId must be a number.');
    const { address, ...fields } = parseSeed(seedSchema, record, 'wise');
    profiles.update((all) => {
      const current = all[id] ?? blankProfile(Number(id));
      const merged = address ? { ...current.address, ...address } : current.address;
      return { ...all, [id]: { ...current, ...fields, ...(merged && { address: merged }) } };
    });
  },
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
        if (isVerified(current) && !current.windowOpen) {
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
        // The phone library loads on the first update, not with the sandbox.
        await loadPhoneCheck();
        const errors = validateUpdate(body, current, {
          verified: isVerified(current),
          hidden: current.hidden,
        });
        if (errors.length) return invalid(errors);
        // The update replaces the whole address when it sends one.
        const address = body.address
          ? { ...body.address, countryIso2Code: current.address?.countryIso2Code ?? null }
          : current.address;
        if (address && address.countryIso3Code !== current.address?.countryIso3Code) {
          address.countryIso2Code = null;
        }
        const next: StoredProfile = {
          ...current,
          updatedAt: new Date().toISOString(),
          firstName: body.firstName ?? current.firstName,
          lastName: body.lastName ?? current.lastName,
          preferredName: body.preferredName ?? current.preferredName,
          dateOfBirth: body.dateOfBirth ?? current.dateOfBirth,
          // contactDetails sets the profile's contact details; the account's own e-mail and phone stay.
          contactDetails: {
            email: body.contactDetails?.email ?? current.contactDetails?.email ?? null,
            phoneNumber: body.contactDetails?.phoneNumber ?? current.contactDetails?.phoneNumber ?? null,
          },
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
