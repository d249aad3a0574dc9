// Whose profile this is, from what the provider's loaded data says: a name and a contact (e-mail, else another),
// each only when present — never invented.
import type { ProfileForm } from './types';

const present = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The owner from name parts (joined with spaces) and contact candidates (the first present wins). */
export function ownerOf(nameParts: readonly unknown[], contacts: readonly unknown[]): ProfileForm['owner'] {
  const name = nameParts.map(present).filter(Boolean).join(' ') || undefined;
  const contact = contacts.map(present).find(Boolean);
  if (!name && !contact) return undefined;
  return { ...(name && { name }), ...(contact && { contact }) };
}
