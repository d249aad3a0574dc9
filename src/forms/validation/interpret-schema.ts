// JSON Schema (2020-12, reading 2019-09 and draft-07 hints alike) validated by an interpreter — no code is generated,
// so the app runs under `script-src 'self'` — with AJV-shaped errors (keyword, params, parentSchema) for the rest of
// the form code. @cfworker/json-schema does the validating; this module maps its output units and adds the
// keywords it does not know (`formatMaximum` & co. from ajv-formats, which our generator writes).
import { dereference, validate, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { ErrorObject } from 'ajv';
import { formatLimitErrors } from './format-limits';

type Node = Record<string, unknown>;
type Lookup = Record<string, Schema | boolean>;

interface Prepared {
  root: Schema | boolean;
  lookup: Lookup;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// The interpreter's Schema is any object with optional keywords: every JSON object is one.
const isSchema = (value: unknown): value is Schema => isNode(value);

// Keywords whose output unit only says "a subschema failed": the subschema's own units say what is wrong.
const WRAPPERS = new Set([
  'properties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'allOf',
  '$ref',
  '$recursiveRef',
  'if',
  'dependentSchemas',
  'dependencies',
  'propertyNames',
]);

const prepared = new WeakMap<object, Prepared>();

function prepare(schema: object | boolean): Prepared {
  if (typeof schema === 'boolean') return { root: schema, lookup: {} };
  let entry = prepared.get(schema);
  if (!entry) {
    // A private copy: dereferencing annotates schema objects, and the caller's may be shared or frozen.
    const copy: unknown = structuredClone(schema);
    const root: Schema = isSchema(copy) ? copy : {};
    entry = { root, lookup: dereference(root) };
    prepared.set(schema, entry);
  }
  return entry;
}

/** Form data as JSON: properties holding `undefined` are absent (as AJV treats them), functions dropped. */
function asJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : asJson(item)));
  if (isNode(value)) {
    const copy: Node = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined && typeof item !== 'function') copy[key] = asJson(item);
    }
    return copy;
  }
  return value;
}

/** '#/a~1b/0' (URI-encoded segments) → ['a/b', '0']. */
function segmentsOf(location: string): string[] {
  return location
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment, index, all) => segment !== '' || index < all.length - 1)
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const pointerOf = (location: string) =>
  location === '#' ? '' : '/' + segmentsOf(location).map(escape).join('/');

/** The schema node a keyword location points into (following $ref as the validator did). */
function schemaAt(prep: Prepared, segments: readonly string[]): unknown {
  let node: unknown = prep.root;
  for (const segment of segments) {
    if (!isNode(node) && !Array.isArray(node)) return undefined;
    if (segment === '$ref' && isNode(node)) {
      const uri = typeof node.__absolute_ref__ === 'string' ? node.__absolute_ref__ : node.$ref;
      node = typeof uri === 'string' ? prep.lookup[uri] : undefined;
      continue;
    }
    node = Array.isArray(node) ? node[Number(segment)] : node[segment];
  }
  return node;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of segmentsOf(pointer)) {
    if (!isNode(node) && !Array.isArray(node)) return undefined;
    node = Array.isArray(node) ? node[Number(segment)] : node[segment];
  }
  return node;
}

const quoted = /"((?:[^"\\]|\\.)*)"/;

function paramsFor(keyword: string, parent: Node, unit: OutputUnit): Record<string, unknown> {
  const value = parent[keyword];
  switch (keyword) {
    case 'type':
      return { type: Array.isArray(value) ? value.join(',') : value };
    case 'required':
      return { missingProperty: quoted.exec(unit.error)?.[1] };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return { limit: value };
    case 'minimum':
    case 'exclusiveMinimum':
      return { comparison: keyword === 'minimum' ? '>=' : '>', limit: value };
    case 'maximum':
    case 'exclusiveMaximum':
      return { comparison: keyword === 'maximum' ? '<=' : '<', limit: value };
    case 'pattern':
      return { pattern: value };
    case 'format':
      return { format: value };
    case 'enum':
      return { allowedValues: value };
    case 'const':
      return { allowedValue: value };
    case 'multipleOf':
      return { multipleOf: value };
    case 'dependentRequired':
      return { missingProperty: /does not have "((?:[^"\\]|\\.)*)"/.exec(unit.error)?.[1] };
    default:
      return {};
  }
}

/** Output units → AJV errors: wrappers dropped, `false` schemas reported by the keyword that holds them. */
function toErrors(prep: Prepared, data: unknown, units: readonly OutputUnit[]): ErrorObject[] {
  const errors: ErrorObject[] = [];
  units.forEach((unit, index) => {
    if (unit.keyword === 'false') return;
    const keywordPath = segmentsOf(unit.keywordLocation);
    const parentPath = keywordPath.slice(0, -1);
    const parent = schemaAt(prep, parentPath);
    const parentSchema = isNode(parent) ? parent : {};
    const instancePath = pointerOf(unit.instanceLocation);
    if (unit.keyword === 'additionalProperties' || unit.keyword === 'unevaluatedProperties') {
      // Only a `false` (no such property allowed) is an error of its own; a schema's failures are its units'.
      const next = units[index + 1];
      if (next?.keyword !== 'false') return;
      const property = segmentsOf(next.instanceLocation).at(-1) ?? '';
      const name = unit.keyword === 'additionalProperties' ? 'additionalProperty' : 'unevaluatedProperty';
      errors.push({
        instancePath,
        schemaPath: unit.keywordLocation,
        keyword: unit.keyword,
        params: { [name]: property },
        message: 'must NOT have additional properties',
        parentSchema,
        schema: false,
        data: valueAt(data, instancePath),
      });
      return;
    }
    if (WRAPPERS.has(unit.keyword)) return;
    errors.push({
      instancePath,
      schemaPath: unit.keywordLocation,
      keyword: unit.keyword,
      params: paramsFor(unit.keyword, parentSchema, unit),
      message: unit.error,
      parentSchema,
      schema: parentSchema[unit.keyword],
      data: valueAt(data, instancePath),
    });
  });
  return errors;
}

/**
 * Whether `undefined` (no value at all) satisfies a schema, as AJV answers for JSON Forms' rule conditions: a
 * type, const or enum refuses it; keywords for one type (properties, minLength, …) do not apply to it.
 */
export function matchesUndefined(schema: unknown): boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isNode(schema)) return true;
  if ('type' in schema || 'const' in schema || 'enum' in schema) return false;
  if ('not' in schema && matchesUndefined(schema.not)) return false;
  const list = (key: string): unknown[] | undefined => {
    const value = schema[key];
    return Array.isArray(value) ? value : undefined;
  };
  if (list('allOf')?.some((sub) => !matchesUndefined(sub))) return false;
  const anyOf = list('anyOf');
  if (anyOf && !anyOf.some(matchesUndefined)) return false;
  const oneOf = list('oneOf');
  if (oneOf && oneOf.filter(matchesUndefined).length !== 1) return false;
  if ('if' in schema) {
    const branch = matchesUndefined(schema.if) ? schema.then : schema.else;
    if (branch !== undefined && !matchesUndefined(branch)) return false;
  }
  return true;
}

/** Every error of `data` against `schema`, AJV-shaped (allErrors, verbose). */
export function interpretSchema(schema: object | boolean, data: unknown): ErrorObject[] {
  if (data === undefined) {
    return matchesUndefined(schema)
      ? []
      : [{ instancePath: '', schemaPath: '#', keyword: 'type', params: {}, message: 'must have a value' }];
  }
  const prep = prepare(schema);
  const json = asJson(data);
  let result: ReturnType<typeof validate>;
  try {
    result = validate(json, prep.root, '2020-12', prep.lookup, false);
  } catch (error) {
    // A schema the interpreter cannot follow (a reference to nowhere): one error saying so, never a crash.
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unknown';
    return [
      {
        instancePath: '',
        schemaPath: '#',
        keyword: '$ref',
        params: {},
        message: `cannot be checked (${reason})`,
      },
    ];
  }
  const errors = result.valid ? [] : toErrors(prep, json, result.errors);
  return [...errors, ...formatLimitErrors(prep.root, json, (sub, value) => matchWithin(prep, sub, value))];
}

/**
 * Whether `value` matches a subschema of a prepared root (an anyOf/oneOf branch, an if): checked with the root's
 * references, so a branch naming `#/definitions/…` resolves as it does in the whole schema. A branch that still
 * cannot be checked counts as not matching: never a crash of the form.
 */
function matchWithin(prep: Prepared, sub: object | boolean, value: unknown): ErrorObject[] {
  try {
    const result = validate(asJson(value), sub, '2020-12', prep.lookup, true);
    return result.valid ? [] : [{ instancePath: '', schemaPath: '#', keyword: 'not', params: {} }];
  } catch {
    return [{ instancePath: '', schemaPath: '#', keyword: '$ref', params: {}, message: 'cannot be checked' }];
  }
}
