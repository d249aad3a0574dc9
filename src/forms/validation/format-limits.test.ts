import { describe, expect, it, vi } from 'vitest';
import type { ErrorObject } from 'ajv';
import { formatLimitErrors } from './format-limits';

const fieldFault: ErrorObject = { instancePath: '', schemaPath: '#/type', keyword: 'type', params: {} };

describe('formatLimitErrors', () => {
  const data = { a: 'x', b: '2019-01-01' };

  it('does not walk a schema that has no format limit (no branch validated again)', () => {
    const validateSub = vi.fn(() => []);
    const schema = {
      type: 'object',
      properties: {
        a: { anyOf: [{ type: 'string' }, { type: 'number' }] },
        b: { type: 'string', format: 'date' },
      },
    };
    expect(formatLimitErrors(schema, data, validateSub)).toEqual([]);
    expect(validateSub).not.toHaveBeenCalled();
  });

  it('still finds a limit deep inside the branch that holds', () => {
    // A stand-in validator: only the `number` branch fails for a string.
    const validateSub = (sub: object | boolean) =>
      typeof sub === 'object' && 'type' in sub && sub.type === 'number' ? [fieldFault] : [];
    const schema = {
      type: 'object',
      properties: {
        b: { anyOf: [{ type: 'number' }, { type: 'string', format: 'date', formatMinimum: '2020-01-01' }] },
      },
    };
    const errors = formatLimitErrors(schema, data, validateSub);
    expect(errors.map((error) => `${error.instancePath} ${error.keyword}`)).toEqual(['/b formatMinimum']);
  });
});
