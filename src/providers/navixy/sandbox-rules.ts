// The sandbox's checks of a user/personal_info/update body, as the contract documents them; each problem is
// one `{ parameter, error }` of a code 7 answer.

export interface ParameterError {
  parameter: string;
  error: string;
}

const LEGAL_TYPES = ['legal_entity', 'sole_trader', 'individual'];
const PERSON = ['first_name', 'middle_name', 'last_name'];
const POST = ['post_country', 'post_index', 'post_region', 'post_city', 'post_street_address'];
const REGISTERED = [
  'registered_country',
  'registered_index',
  'registered_region',
  'registered_city',
  'registered_street_address',
];
/** For legal entities and sole traders. */
const BUSINESS = [...REGISTERED, 'tin', 'okpo_code', 'state_reg_num'];
/** For legal entities only. */
const ENTITY_ONLY = ['iec', 'legal_name'];

/** Every parameter the update knows; anything else (e.g. `hash`) is ignored. */
export const UPDATE_PARAMETERS = ['legal_type', ...PERSON, 'phone', ...POST, ...BUSINESS, ...ENTITY_ONLY];

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

export function checkUpdate(body: Record<string, unknown>): ParameterError[] {
  const errors: ParameterError[] = [];
  const fail = (parameter: string, error: string) => errors.push({ parameter, error });
  for (const key of UPDATE_PARAMETERS) {
    if (body[key] !== undefined && typeof body[key] !== 'string') fail(key, 'must be a string');
  }
  if (errors.length > 0) return errors;

  const legalType = body.legal_type as string | undefined;
  if (legalType === undefined) fail('legal_type', 'is required');
  else if (!LEGAL_TYPES.includes(legalType)) fail('legal_type', `must be one of ${LEGAL_TYPES.join(', ')}`);
  for (const key of PERSON) if (body[key] === undefined) fail(key, 'is required');
  if (body.first_name !== undefined && blank(body.first_name)) fail('first_name', 'must not be empty');
  if (body.last_name !== undefined && blank(body.last_name)) fail('last_name', 'must not be empty');
  if (typeof body.phone === 'string' && !/^\d{0,15}$/.test(body.phone)) {
    fail('phone', 'must be 0-15 digits');
  }

  const business = legalType === 'legal_entity' || legalType === 'sole_trader';
  const entity = legalType === 'legal_entity';
  if (business) {
    for (const key of REGISTERED) if (body[key] === undefined) fail(key, 'is required');
    if (blank(body.tin)) fail('tin', 'is required');
    const okpo = body.okpo_code as string | undefined;
    if (okpo && okpo.length !== 8 && okpo.length !== 10) fail('okpo_code', 'must be 8 or 10 characters');
    const reg = body.state_reg_num as string | undefined;
    if (reg && reg.length > 15) fail('state_reg_num', 'must be at most 15 characters');
  } else if (legalType !== undefined) {
    for (const key of BUSINESS) {
      if (body[key] !== undefined) fail(key, 'is only for legal entities and sole traders');
    }
  }
  if (entity) {
    if (blank(body.legal_name)) fail('legal_name', 'is required');
    if (body.iec === undefined) fail('iec', 'is required');
  } else if (legalType !== undefined) {
    for (const key of ENTITY_ONLY) if (body[key] !== undefined) fail(key, 'is only for legal entities');
  }
  return errors;
}
