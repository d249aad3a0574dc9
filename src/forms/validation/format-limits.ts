// ajv-formats' `formatMinimum` / `formatMaximum` (and the exclusive variants) for dates and date-times, which the
// interpreter does not know: checked wherever their subschema applies (properties, items, allOf, the branch of an
// if / anyOf / oneOf that holds), with AJV's keyword and params.
import type { ErrorObject } from 'ajv';
import { format } from '@cfworker/json-schema';

type Node = Record<string, unknown>;
type Validate = (schema: object | boolean, data: unknown) => ErrorObject[];

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LIMITS = [
  ['formatMinimum', '>=', (order: number) => order >= 0],
  ['formatExclusiveMinimum', '>', (order: number) => order > 0],
  ['formatMaximum', '<=', (order: number) => order <= 0],
  ['formatExclusiveMaximum', '<', (order: number) => order < 0],
] as const;

/** value compared with limit (−1, 0, 1) in the format's order, or undefined when either is not of the format. */
function compare(formatName: unknown, value: string, limit: unknown): number | undefined {
  if (typeof limit !== 'string' || (formatName !== 'date' && formatName !== 'date-time')) return undefined;
  const check = format[formatName];
  if (!check?.(value) || !check(limit)) return undefined;
  const [a, b] = formatName === 'date' ? [value, limit] : [Date.parse(value), Date.parse(limit)];
  return a === b ? 0 : a < b ? -1 : 1;
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

const limitedSchemas = new WeakMap<object, boolean>();

/** Whether a format limit appears anywhere in the schema: looked up once per schema, not on every validation. */
function hasLimits(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null) return false;
  const known = limitedSchemas.get(schema);
  if (known !== undefined) return known;
  const seen = new Set<object>();
  const search = (node: unknown): boolean => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return false;
    seen.add(node);
    if (Array.isArray(node)) return node.some(search);
    if (LIMITS.some(([keyword]) => keyword in node)) return true;
    return Object.values(node).some(search);
  };
  const found = search(schema);
  limitedSchemas.set(schema, found);
  return found;
}

export function formatLimitErrors(schema: unknown, data: unknown, validateSub: Validate): ErrorObject[] {
  const errors: ErrorObject[] = [];
  // Nothing to check (most forms): no walk over the data, no branch of an anyOf validated again to find the one
  // that holds.
  if (!hasLimits(schema)) return errors;
  const walk = (node: unknown, value: unknown, pointer: string, schemaPath: string) => {
    if (!isNode(node)) return;
    if (typeof value === 'string') {
      for (const [keyword, comparison, holds] of LIMITS) {
        if (!(keyword in node)) continue;
        const order = compare(node.format, value, node[keyword]);
        if (order !== undefined && !holds(order)) {
          errors.push({
            instancePath: pointer,
            schemaPath: `${schemaPath}/${keyword}`,
            keyword,
            params: { comparison, limit: node[keyword] },
            message: `must be ${comparison} ${String(node[keyword])}`,
            parentSchema: node,
            schema: node[keyword],
            data: value,
          });
        }
      }
    }
    const sub = (key: string) => node[key];
    const list = (key: string): unknown[] => {
      const value = node[key];
      return Array.isArray(value) ? value : [];
    };
    if (isNode(value)) {
      const properties = sub('properties');
      if (isNode(properties)) {
        for (const [key, child] of Object.entries(properties)) {
          if (key in value)
            walk(child, value[key], `${pointer}/${escape(key)}`, `${schemaPath}/properties/${key}`);
        }
      }
    }
    if (Array.isArray(value)) {
      const items = sub('items');
      const prefix = list('prefixItems');
      value.forEach((item, index) => {
        const child = index < prefix.length ? prefix[index] : items;
        walk(child, item, `${pointer}/${index}`, `${schemaPath}/items`);
      });
    }
    list('allOf').forEach((child, i) => walk(child, value, pointer, `${schemaPath}/allOf/${i}`));
    for (const key of ['anyOf', 'oneOf']) {
      list(key).forEach((child, i) => {
        if (typeof child === 'object' && child !== null && validateSub(child, value).length === 0) {
          walk(child, value, pointer, `${schemaPath}/${key}/${i}`);
        }
      });
    }
    const condition = sub('if');
    if (typeof condition === 'object' && condition !== null) {
      const branch = validateSub(condition, value).length === 0 ? 'then' : 'else';
      walk(sub(branch), value, pointer, `${schemaPath}/${branch}`);
    }
  };
  walk(schema, data, '', '#');
  return errors;
}
