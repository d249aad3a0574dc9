import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateDraft } from '../../testing/editor-validation';
import { errorPointer } from '../../forms/validation/validate-form';
import { conflictSandbox } from '../../testing/conflict-check';
import { wiseProvider } from './provider';

const { server, resetState, ctx } = await conflictSandbox('wise');
const puts: unknown[] = [];
server.events.on('request:start', ({ request }) => {
  if (request.method === 'PUT')
    void request
      .clone()
      .json()
      .then((body) => puts.push(body));
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  resetState();
  puts.length = 0;
});
afterAll(() => server.close());

// 14575299 is the contract's own example profile: contact details o.wilson@example.com / +3725064992, and an
// account e-mail of its own.
const EXAMPLE = { profileId: '14575299' };

describe('Wise contact details', () => {
  it('the form edits the profile’s contactDetails, not the account’s top-level e-mail and phone', async () => {
    const form = await wiseProvider.load(ctx(EXAMPLE));
    expect(form.data.contactDetails).toEqual({ email: 'o.wilson@example.com', phoneNumber: '+3725064992' });
  });

  it('changing only the city sends the contact details Wise holds, unchanged', async () => {
    const base = await wiseProvider.load(ctx(EXAMPLE));
    const address = { ...(base.data.address as object), city: 'Tempe' };
    await wiseProvider.save(ctx(EXAMPLE), { base, draft: { ...base.data, address } });
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({
      address: { city: 'Tempe' },
      contactDetails: { email: 'o.wilson@example.com', phoneNumber: '+3725064992' },
    });
    const after = await wiseProvider.load(ctx(EXAMPLE));
    expect(after.data.contactDetails).toEqual({ email: 'o.wilson@example.com', phoneNumber: '+3725064992' });
  });

  it('a stored phone libphonenumber rejects is a warning, not a reason to refuse a change of city', async () => {
    // 14575301: Wise holds +47400000, which libphonenumber does not accept.
    const base = await wiseProvider.load(ctx({ profileId: '14575301' }));
    const address = { ...(base.data.address as object), city: 'Bergen' };
    const draft = { ...base.data, address };
    const errors = validateDraft({ ...base, base: base.data, draft, validators: wiseProvider.validators });
    expect(errors.blocking).toEqual([]);
    expect(errors.warnings.map(errorPointer)).toEqual(['/contactDetails/phoneNumber']);
    await expect(wiseProvider.save(ctx({ profileId: '14575301' }), { base, draft })).resolves.toBeDefined();

    // The same number typed by the user is an error that blocks.
    const typed = validateDraft({
      ...base,
      base: { ...base.data, contactDetails: {} },
      draft,
      validators: wiseProvider.validators,
    });
    expect(typed.blocking.map(errorPointer)).toEqual(['/contactDetails/phoneNumber']);
  });
});
