// Date-difference rules in a control's options (`options.rules: [{ rule, threshold: { limit, unit } }]`):
// the difference is now − date, measured in calendar units (18 years = the same day 18 years ago).
import dayjs, { type Dayjs } from 'dayjs';
import { currentLocale } from '../../i18n';
import { formsMessages } from '../forms-messages';

export const DATE_RULE_NAMES = [
  'difference-greater-than-or-equal-to-threshold',
  'difference-greater-than-threshold',
  'difference-less-than-or-equal-to-threshold',
  'difference-less-than-threshold',
] as const;
export type DateRuleName = (typeof DATE_RULE_NAMES)[number];

export const DATE_RULE_UNITS = [
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'seconds',
  'milliseconds',
] as const;
export type DateRuleUnit = (typeof DATE_RULE_UNITS)[number];

export interface DateRule {
  rule: DateRuleName;
  threshold: { limit: number; unit: DateRuleUnit };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function asDateRule(candidate: unknown): DateRule | undefined {
  if (!isRecord(candidate) || !isRecord(candidate.threshold)) return undefined;
  const { rule } = candidate;
  const { limit, unit } = candidate.threshold;
  if (!(DATE_RULE_NAMES as readonly unknown[]).includes(rule)) return undefined;
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return undefined;
  const normalisedUnit = typeof unit === 'string' ? unit.toLowerCase() : unit;
  if (!(DATE_RULE_UNITS as readonly unknown[]).includes(normalisedUnit)) return undefined;
  return { rule: rule as DateRuleName, threshold: { limit, unit: normalisedUnit as DateRuleUnit } };
}

/** The date rules among a control's `options.rules` (anything else in that list is ignored). */
export function dateRulesOf(options: Record<string, unknown> | undefined): DateRule[] {
  const rules = options?.rules;
  if (!Array.isArray(rules)) return [];
  return rules.map(asDateRule).filter((rule): rule is DateRule => rule !== undefined);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date ('1987-01-31') or date-time string as a Dayjs, or undefined when it is not a real date. */
export function parseRuleDate(value: unknown): { date: Dayjs; dateOnly: boolean } | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const date = dayjs(text);
  if (!date.isValid()) return undefined;
  const dateOnly = DATE_ONLY.test(text);
  // dayjs rolls 2023-02-30 over to March; such a date is the format check's business, not ours.
  if (dateOnly && date.format('YYYY-MM-DD') !== text) return undefined;
  return { date, dateOnly };
}

/** '18 years' / '18 Jahre' / '18 年' (Intl's unit names). */
const unitName = (limit: number, unit: DateRuleUnit, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(
    limit,
  );

/**
 * The message for a broken rule, in the locale shown; in English the one the server sends ("The date must be
 * older than or equal to 18 years ago").
 */
export function dateRuleMessage({ rule, threshold }: DateRule, locale: string = currentLocale()): string {
  const t = formsMessages.in(locale);
  const amount = unitName(threshold.limit, threshold.unit, locale);
  switch (rule) {
    case 'difference-greater-than-or-equal-to-threshold':
      return t('validation.dateRule.olderOrEqual', { amount });
    case 'difference-greater-than-threshold':
      return t('validation.dateRule.older', { amount });
    case 'difference-less-than-or-equal-to-threshold':
      return t('validation.dateRule.newerOrEqual', { amount });
    case 'difference-less-than-threshold':
      return t('validation.dateRule.newer', { amount });
  }
}

/**
 * The boundary date: now minus the threshold. A date-only value is compared by calendar day with today's
 * boundary, so someone born exactly 18 years ago today is 18.
 */
function compareWithBoundary(value: { date: Dayjs; dateOnly: boolean }, rule: DateRule, now: Dayjs): number {
  const boundary = now.subtract(rule.threshold.limit, rule.threshold.unit);
  if (value.dateOnly) {
    if (value.date.isSame(boundary, 'day')) return 0;
    return value.date.isBefore(boundary, 'day') ? -1 : 1;
  }
  const diff = value.date.diff(boundary);
  return diff === 0 ? 0 : diff < 0 ? -1 : 1;
}

/** Whether the date satisfies the rule (difference = now − date compared with the threshold). */
export function satisfiesDateRule(value: unknown, rule: DateRule, now: Dayjs = dayjs()): boolean {
  const parsed = parseRuleDate(value);
  if (!parsed) return true;
  // An earlier date than the boundary means a greater difference.
  const order = compareWithBoundary(parsed, rule, now);
  switch (rule.rule) {
    case 'difference-greater-than-or-equal-to-threshold':
      return order <= 0;
    case 'difference-greater-than-threshold':
      return order < 0;
    case 'difference-less-than-or-equal-to-threshold':
      return order >= 0;
    case 'difference-less-than-threshold':
      return order > 0;
  }
}

/** The message of the first rule the value breaks, or undefined. */
export function checkDateRules(value: unknown, rules: readonly DateRule[], now?: Dayjs): string | undefined {
  const broken = rules.find((rule) => !satisfiesDateRule(value, rule, now));
  return broken ? dateRuleMessage(broken) : undefined;
}

/** Earliest and latest date-only values the rules allow (for a date picker's min/max), as 'YYYY-MM-DD'. */
export function dateRuleBounds(rules: readonly DateRule[], now: Dayjs = dayjs()) {
  let min: Dayjs | undefined;
  let max: Dayjs | undefined;
  for (const rule of rules) {
    const boundary = now.subtract(rule.threshold.limit, rule.threshold.unit);
    if (rule.rule.startsWith('difference-greater')) {
      const latest = rule.rule.endsWith('or-equal-to-threshold') ? boundary : boundary.subtract(1, 'day');
      if (!max || latest.isBefore(max)) max = latest;
    } else {
      const earliest = rule.rule.endsWith('or-equal-to-threshold') ? boundary : boundary.add(1, 'day');
      if (!min || earliest.isAfter(min)) min = earliest;
    }
  }
  return { min: min?.format('YYYY-MM-DD'), max: max?.format('YYYY-MM-DD') };
}
