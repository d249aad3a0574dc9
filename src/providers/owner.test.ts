// Each provider says whose profile it is from its loaded data only: a name and a contact when present, nothing
// invented when absent.
import { describe, expect, it } from 'vitest';
import { camundaOwner } from './camunda/provider';
import { navixyOwner } from './navixy/provider';
import { nexudusOwner } from './nexudus/provider';
import { ownerOf } from './owner';
import { upholdOwner } from './uphold/provider';
import { wiseOwner } from './wise/provider';

describe('the owner of a profile', () => {
  it('joins the name parts present and takes the first contact present', () => {
    expect(ownerOf(['Ann', ' ', undefined, 'Lee'], ['', null, 'ann@example.com', 'x'])).toEqual({
      name: 'Ann Lee',
      contact: 'ann@example.com',
    });
    expect(ownerOf([undefined, ''], [undefined])).toBeUndefined();
    expect(ownerOf([], ['+44 20 7946 0958'])).toEqual({ contact: '+44 20 7946 0958' });
  });

  it('Camunda: first and last name, e-mail', () => {
    expect(
      camundaOwner({ id: 'demo', firstName: 'Demo', lastName: 'Demo', email: 'demo@camunda.org' }),
    ).toEqual({
      name: 'Demo Demo',
      contact: 'demo@camunda.org',
    });
    expect(camundaOwner({ id: 'x', firstName: null, lastName: null, email: null })).toBeUndefined();
  });

  it('Wise: the name and the contact e-mail, else the phone', () => {
    expect(
      wiseOwner({
        id: 1,
        type: 'PERSONAL',
        firstName: 'Oliver',
        lastName: 'Wilson',
        contactDetails: { email: 'o@w.example' },
      }),
    ).toEqual({ name: 'Oliver Wilson', contact: 'o@w.example' });
    expect(wiseOwner({ id: 1, type: 'PERSONAL', contactDetails: { phoneNumber: '+447700900123' } })).toEqual({
      contact: '+447700900123',
    });
  });

  it('Navixy: the person (or the legal entity) and the login', () => {
    expect(
      navixyOwner({ legal_type: 'individual', first_name: 'John', last_name: 'Smith', login: 'j@s.example' }),
    ).toEqual({
      name: 'John Smith',
      contact: 'j@s.example',
    });
    expect(navixyOwner({ legal_type: 'legal_entity', legal_name: 'Acme Ltd', first_name: 'John' })).toEqual({
      name: 'Acme Ltd',
    });
  });

  it('Nexudus: the full name and e-mail', () => {
    expect(nexudusOwner({ FullName: 'Jane Doe', Email: 'jane@example.com' })).toEqual({
      name: 'Jane Doe',
      contact: 'jane@example.com',
    });
  });

  it('Uphold: the full name its answers hold, no contact (its KYC answers carry none)', () => {
    expect(upholdOwner({ input: { details: { fullName: 'John Doe' } } } as never)).toEqual({
      name: 'John Doe',
    });
    expect(upholdOwner({ input: { fullName: 'John Doe' } } as never)).toEqual({ name: 'John Doe' });
    expect(upholdOwner({} as never)).toBeUndefined();
  });
});
