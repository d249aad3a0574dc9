import { describe, expect, it } from 'vitest';
import { PROCESS_UPDATED } from './contract-examples';
import {
  parseDetailed,
  parseErrorBody,
  parseOverview,
  parsePatchAnswer,
  UpholdResponseError,
} from './uphold-schemas';

describe("Uphold's answers parsed at the edge", () => {
  it('the overview: every process with its status; one unreadable entry does not hide the others', () => {
    const overview = parseOverview({
      summary: { status: 'pending', reason: 'none' },
      processes: {
        profile: { status: 'ok' },
        email: 'broken',
        taxDetails: {
          status: 'pending',
          verification: { model: 'uphold-verified', method: 'manual', dependencies: ['profile'] },
        },
      },
    });
    expect(overview.processes.profile?.status).toBe('ok');
    expect(overview.processes.email?.status).toBe('unknown');
    expect(overview.processes.taxDetails?.verification?.dependencies).toEqual(['profile']);
  });

  it('a verification without dependencies has none', () => {
    const overview = parseOverview({
      processes: { profile: { status: 'ok', verification: { method: 'manual' } } },
    });
    expect(overview.processes.profile?.verification?.dependencies).toEqual([]);
    expect(overview.summary).toEqual({});
  });

  it('the detailed process is read strictly, with a clear reason', () => {
    expect(() => parseDetailed({ processes: { profile: { input: 'x' } } }, 'profile')).toThrow(
      UpholdResponseError,
    );
    expect(() => parseDetailed({ processes: { profile: { input: 'x' } } }, 'profile')).toThrow(
      /Uphold sent the profile process in a form this editor cannot read \(status: /,
    );
    expect(() => parseDetailed('<html>', 'profile')).toThrow(/a KYC overview/);
    expect(parseDetailed({ processes: {} }, 'taxDetails')).toBeUndefined();
  });

  it('a PATCH answer wraps the process in its camelCase key', () => {
    expect(parsePatchAnswer(PROCESS_UPDATED, 'profile')?.input).toEqual(PROCESS_UPDATED.profile.input);
    expect(parsePatchAnswer({ customerDueDiligence: { status: 'pending' } }, 'customerDueDiligence')).toEqual(
      {
        status: 'pending',
      },
    );
    expect(parsePatchAnswer({ profile: {} }, 'customerDueDiligence')).toBeUndefined();
  });

  it('an error body, or nothing when the answer was not one', () => {
    expect(parseErrorBody({ code: 'x', details: { property: 'input.a', extra: 1 } })).toEqual({
      code: 'x',
      message: '',
      details: { property: 'input.a', extra: 1 },
    });
    expect(parseErrorBody('<html>')).toBeUndefined();
    expect(parseErrorBody({ message: 'no code' })).toBeUndefined();
  });
});
