import { describe, expect, it } from 'vitest';
import { Actions, coreReducer } from '@jsonforms/core';
import { createKeepNewerData } from './keep-newer-data';

const schema = { type: 'object', properties: { name: { type: 'string' } } };
const uischema = { type: 'Control', scope: '#/properties/name' };

describe('keep-newer-data middleware', () => {
  const setup = () => {
    const middleware = createKeepNewerData();
    let state = coreReducer(
      undefined,
      Actions.init({ name: '' }, schema, uischema, { validationMode: 'NoValidation' }),
    );
    const apply = (action: Parameters<typeof coreReducer>[1]) =>
      (state = middleware(state, action, coreReducer));
    return { apply, get: () => state };
  };
  const update = (data: unknown) =>
    Actions.updateCore(data, schema, uischema, { validationMode: 'NoValidation', additionalErrors: [] });

  it('ignores a stale echo of data it produced, keeping the newer keystrokes', () => {
    const { apply, get } = setup();
    apply(Actions.update('name', () => 'a'));
    const echo = get().data as object;
    apply(Actions.update('name', () => 'ab'));
    apply(update(echo));
    expect(get().data).toEqual({ name: 'ab' });
  });

  it('never goes back to the initial data once the user has typed', () => {
    const { apply, get } = setup();
    const initial = get().data as unknown;
    apply(Actions.update('name', () => 'typed'));
    apply(update(initial));
    expect(get().data).toEqual({ name: 'typed' });
  });

  it('applies data from outside (a reset or the server answer)', () => {
    const { apply, get } = setup();
    apply(Actions.update('name', () => 'typed'));
    apply(update({ name: 'from server' }));
    expect(get().data).toEqual({ name: 'from server' });
  });
});

describe('keep-newer-data hold', () => {
  it('does not apply data built from the form’s own edits, even when it arrives after newer keystrokes', () => {
    const middleware = createKeepNewerData();
    let state = coreReducer(
      undefined,
      Actions.init({ name: '' }, schema, uischema, { validationMode: 'NoValidation' }),
    );
    const apply = (action: Parameters<typeof coreReducer>[1]) =>
      (state = middleware(state, action, coreReducer));
    apply(Actions.update('name', () => 'a'));
    const mirror = { name: 'a' };
    middleware.hold(mirror);
    apply(Actions.update('name', () => 'ab'));
    apply(
      Actions.updateCore(mirror, schema, uischema, { validationMode: 'NoValidation', additionalErrors: [] }),
    );
    expect(state.data).toEqual({ name: 'ab' });
  });
});
