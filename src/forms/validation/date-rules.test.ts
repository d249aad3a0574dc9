import { afterEach, describe, expect, it, vi } from 'vitest';
import dayjs from 'dayjs';
import { sharedControlValidators } from './control-validators';
import { checkDateRules, dateRuleBounds, dateRulesOf, type DateRule } from './date-rules';
import { validateForm } from './validate-form';

const now = dayjs('2026-11-23T10:00:00');
const adult: DateRule = {
  rule: 'difference-greater-than-or-equal-to-threshold',
  threshold: { limit: 18, unit: 'years' },
};
const notAncient: DateRule = {
  rule: 'difference-less-than-or-equal-to-threshold',
  threshold: { limit: 100, unit: 'years' },
};

describe('date-difference rules', () => {
  it('accepts someone who turns 18 today and refuses them one day earlier (calendar years)', () => {
    expect(checkDateRules('2008-11-23', [adult], now)).toBeUndefined();
    expect(checkDateRules('2008-11-24', [adult], now)).toBe(
      'The date must be older than or equal to 18 years ago',
    );
    // 18 × 365 days ago is 2008-11-27: a 365-day year would wrongly accept this birthday.
    expect(checkDateRules('2008-11-25', [adult], now)).toBeDefined();
  });

  it('accepts exactly 100 years ago and refuses the day before', () => {
    expect(checkDateRules('1926-11-23', [notAncient], now)).toBeUndefined();
    expect(checkDateRules('1926-11-22', [notAncient], now)).toBe(
      'The date must be newer than or equal to 100 years from now',
    );
  });

  it('makes the strict variants exclude the boundary day', () => {
    const older: DateRule = { ...adult, rule: 'difference-greater-than-threshold' };
    const newer: DateRule = { ...notAncient, rule: 'difference-less-than-threshold' };
    expect(checkDateRules('2008-11-23', [older], now)).toBe('The date must be older than 18 years ago');
    expect(checkDateRules('2008-11-22', [older], now)).toBeUndefined();
    expect(checkDateRules('1926-11-23', [newer], now)).toBe('The date must be newer than 100 years from now');
    expect(checkDateRules('1926-11-24', [newer], now)).toBeUndefined();
  });

  it('handles a leap-day birthday by the calendar', () => {
    expect(checkDateRules('2008-02-29', [adult], dayjs('2026-02-28T12:00'))).toBeDefined();
    expect(checkDateRules('2008-02-29', [adult], dayjs('2026-03-01T12:00'))).toBeUndefined();
  });

  it('supports every unit, with date-times down to the millisecond', () => {
    const month: DateRule = { ...adult, threshold: { limit: 1, unit: 'months' } };
    expect(checkDateRules('2026-10-23', [month], now)).toBeUndefined();
    expect(checkDateRules('2026-10-24', [month], now)).toBe(
      'The date must be older than or equal to 1 month ago',
    );
    const twoHours: DateRule = { ...adult, threshold: { limit: 2, unit: 'hours' } };
    expect(checkDateRules(now.subtract(2, 'hours').toISOString(), [twoHours], now)).toBeUndefined();
    expect(checkDateRules(now.subtract(119, 'minutes').toISOString(), [twoHours], now)).toBeDefined();
    const ms: DateRule = { ...notAncient, threshold: { limit: 500, unit: 'milliseconds' } };
    expect(checkDateRules(now.subtract(501, 'ms').toISOString(), [ms], now)).toBe(
      'The date must be newer than or equal to 500 milliseconds from now',
    );
    const weeks: DateRule = { ...adult, threshold: { limit: 2, unit: 'weeks' } };
    expect(checkDateRules('2026-11-09', [weeks], now)).toBeUndefined();
    expect(checkDateRules('2026-11-10', [weeks], now)).toBeDefined();
  });

  it('reads rules from options and ignores what it does not know', () => {
    expect(
      dateRulesOf({
        rules: [adult, { rule: 'be-nice', threshold: { limit: 1, unit: 'years' } }, { rule: adult.rule }, 7],
      }),
    ).toEqual([adult]);
    expect(dateRulesOf({ rules: 'nope' })).toEqual([]);
    expect(dateRulesOf(undefined)).toEqual([]);
  });

  it('leaves empty and unreal dates to the required and format checks', () => {
    expect(checkDateRules(undefined, [adult], now)).toBeUndefined();
    expect(checkDateRules('2023-02-30', [adult], now)).toBeUndefined();
  });

  it('gives a date picker its bounds', () => {
    expect(dateRuleBounds([adult, notAncient], now)).toEqual({ min: '1926-11-23', max: '2008-11-23' });
  });
});

describe('date rules in form validation', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs as a shared control validator on controls with options.rules', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:00:00'));
    const schema = {
      type: 'object',
      properties: {
        details: { type: 'object', properties: { birthdate: { type: 'string', format: 'date' } } },
      },
    };
    const uischema = {
      type: 'Control',
      scope: '#/properties/details/properties/birthdate',
      options: { rules: [adult, notAncient] },
    };
    const run = (birthdate: string) =>
      validateForm(schema, uischema, { details: { birthdate } }, sharedControlValidators).map((e) => [
        e.instancePath,
        e.message,
      ]);
    expect(run('2008-11-23')).toEqual([]);
    expect(run('2009-11-23')).toEqual([
      ['/details/birthdate', 'The date must be older than or equal to 18 years ago'],
    ]);
    expect(run('1900-01-01')).toEqual([
      ['/details/birthdate', 'The date must be newer than or equal to 100 years from now'],
    ]);
  });
});
