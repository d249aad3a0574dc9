import { describe, expect, it } from 'vitest';
import { setUpProviderSandbox } from '../../testing/provider-sandbox';
import { saveThroughEditor } from '../../testing/save-through-editor';
import { nexudusProvider } from './provider';

const sandbox = await setUpProviderSandbox('nexudus', { token: 't' });
const ctx = sandbox.context();

const PASSWORD = 'Sup3rSecretNew';

async function changePassword(old: string) {
  const base = await nexudusProvider.load(ctx);
  return saveThroughEditor(nexudusProvider, ctx, {
    base,
    draft: { ...base.data, OldPassword: old, NewPassword: PASSWORD, RepeatNewPassword: PASSWORD },
    part: '5',
  });
}

describe('Nexudus passwords stay out of the query and mutation caches (secretPaths)', () => {
  it('after a successful change', async () => {
    const { succeeded, queries, mutations } = await changePassword('coworking1');
    // Success: the sandbox checked the current password, so the save did receive the secrets.
    expect(succeeded).toBe(true);
    expect(mutations).toContain('Jane Doe');
    expect(mutations).not.toContain(PASSWORD);
    expect(mutations).not.toContain('coworking1');
    expect(queries).toContain('Jane Doe');
    expect(queries).not.toContain(PASSWORD);
    expect(queries).not.toContain('coworking1');
  });

  it('after a refused change (the cache is rolled back)', async () => {
    const { succeeded, queries, mutations } = await changePassword('wrong-password');
    expect(succeeded).toBe(false);
    expect(mutations).not.toContain('wrong-password');
    expect(queries).not.toContain(PASSWORD);
    expect(queries).not.toContain('wrong-password');
  });
});
