import { describe, expect, it } from 'vitest';
import { coworkerToForm, profilePatch } from './nexudus-mapping';
import { sectionKeys } from './nexudus-spec';

const base = coworkerToForm({
  Id: 7,
  Email: 'jane@example.com',
  FullName: 'Jane Doe',
  NickName: 'JD',
  DateOfBirth: '1990-06-15T00:00:00',
  CountryId: 1220,
  Address: '1 High St',
  Position: 'Designer',
  OnHelpDeskMsg: true,
  Gender: 3,
  Unknown: 'x',
});

describe('Nexudus form data', () => {
  it('shows the editable fields only: nulls empty, dates as days, booleans as booleans, no passwords', () => {
    expect(base).toEqual({
      FullName: 'Jane Doe',
      NickName: 'JD',
      DateOfBirth: '1990-06-15',
      CountryId: 1220,
      Address: '1 High St',
      Position: 'Designer',
      Gender: 'Female',
      OnHelpDeskMsg: true,
      OnNewWallPost: false,
      OnNewBlogComment: false,
      OnNewEventComment: false,
      ReceiveCommunityDigest: false,
      SignUpToNewsletter: false,
      ProfileIsPublic: false,
    });
  });
});

describe('the PATCH body (only what changed)', () => {
  it('is empty when nothing changed, including whitespace-only edits', () => {
    expect(profilePatch(base, { ...base })).toEqual({});
    expect(profilePatch(base, { ...base, FullName: ' Jane Doe ', LandLine: '' })).toEqual({});
  });

  it('holds only the changed fields, trimmed', () => {
    expect(profilePatch(base, { ...base, Position: ' Lead designer ', OnHelpDeskMsg: false })).toEqual({
      Position: 'Lead designer',
      OnHelpDeskMsg: false,
    });
  });

  it('sends a cleared field as null where the contract allows null, as empty text otherwise', () => {
    const draft = { ...base };
    delete draft.NickName;
    delete draft.Address;
    delete draft.CountryId;
    delete draft.Gender;
    expect(profilePatch(base, { ...draft, DateOfBirth: '' })).toEqual({
      NickName: null,
      DateOfBirth: null,
      Address: '',
      Gender: 'NotSet',
    });
  });

  it('covers only the keys of the section being saved', () => {
    const draft = { ...base, FullName: 'Jane Roe', Position: 'Lead', SignUpToNewsletter: true };
    expect(profilePatch(base, draft, sectionKeys[0])).toEqual({ FullName: 'Jane Roe' });
    expect(profilePatch(base, draft, sectionKeys[4])).toEqual({ SignUpToNewsletter: true });
  });

  it('sends passwords exactly as typed, and only when typed', () => {
    expect(profilePatch(base, { ...base, OldPassword: ' old pass1 ' }, sectionKeys[5])).toEqual({
      OldPassword: ' old pass1 ',
    });
    expect(profilePatch(base, { ...base, OldPassword: '' }, sectionKeys[5])).toEqual({});
  });
});
