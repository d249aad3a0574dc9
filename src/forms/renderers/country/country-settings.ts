// What a control asks of the country picker: `options.country = { source, multiple, excludeRestricted }`, or a
// named data source — `options.data = { source, exclude: { restrictions: [{ scope }] } }`, or the older
// `options.dataSource` (a name or the same object) — whose name says it lists countries.
import { ISO_SOURCES } from './iso-sources';

export interface CountryOptions {
  source?: string;
  multiple?: boolean;
  /** Omit countries restricted for any of these scopes (the selected value stays visible). */
  excludeRestricted?: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Data sources the country picker serves: the built-in ISO lists and any source named like "countries". */
export const isCountrySourceName = (name: string) =>
  (ISO_SOURCES as readonly string[]).includes(name) || /countr/i.test(name);

function restrictionScopes(exclude: unknown): string[] {
  if (!isRecord(exclude) || !Array.isArray(exclude.restrictions)) return [];
  return exclude.restrictions.flatMap((restriction) => {
    if (typeof restriction === 'string') return [restriction];
    return isRecord(restriction) && typeof restriction.scope === 'string' ? [restriction.scope] : [];
  });
}

function fromDataSource(dataSource: unknown): CountryOptions | undefined {
  const spec = typeof dataSource === 'string' ? { source: dataSource } : dataSource;
  if (!isRecord(spec) || typeof spec.source !== 'string' || !isCountrySourceName(spec.source)) {
    return undefined;
  }
  const excludeRestricted = restrictionScopes(spec.exclude);
  return {
    source: spec.source,
    ...(spec.multiple === true ? { multiple: true } : {}),
    ...(excludeRestricted.length ? { excludeRestricted } : {}),
  };
}

/** The country picker settings of a control's options, or undefined when it is not a country control. */
export function countrySettingsOf(options: Record<string, unknown> | undefined): CountryOptions | undefined {
  if (!options) return undefined;
  if (isRecord(options.country)) return options.country;
  return fromDataSource(options.data) ?? fromDataSource(options.dataSource);
}
