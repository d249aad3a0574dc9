// The declarative field spec from which generated providers' forms (schema + uischema) are made.

export type FieldType =
  | 'text'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'date'
  | 'country'
  | 'password'
  | 'boolean'
  | 'enum'
  | 'markdown'
  | 'url'
  | 'integer'
  | 'number'
  | 'list';

/** A condition on another field's value (dot path from the root of the data). */
export type Condition =
  | { field: string; equals: string | number | boolean }
  | { field: string; oneOf: ReadonlyArray<string | number | boolean> }
  | { field: string; notOneOf: ReadonlyArray<string | number | boolean> };

export interface EnumOption {
  value: string | number;
  label: string;
}

export interface FieldSpec {
  /** Dot path into the data: 'address.city'. For list items: relative to the item. */
  path: string;
  label: string;
  description?: string;
  type: FieldType;
  required?: boolean;
  /** true, or the reason the field may not change (shown as its description). */
  readOnly?: boolean | string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** The message shown when `pattern` fails, in words a person understands. */
  patternMessage?: string;
  minimum?: number;
  maximum?: number;
  /** Date fields: latest allowed date: 'today' (evaluated when the form is generated) or YYYY-MM-DD. */
  maxDate?: string;
  options?: readonly EnumOption[];
  /** Whether the field may be sent as null (cleared). */
  nullable?: boolean;
  section?: string;
  visibleWhen?: Condition;
  requiredWhen?: Condition;
  /** Items of a 'list' field (each an object with these fields). */
  items?: readonly FieldSpec[];
  /** Extra uischema options passed to the renderer (e.g. { country: { code: 'alpha3-lower' } }). */
  ui?: Record<string, unknown>;
  /** HTML autocomplete token, e.g. 'given-name'. */
  autocomplete?: string;
  placeholder?: string;
}

export interface SectionSpec {
  id: string;
  label: string;
  description?: string;
  /** The whole section (and every field in it) exists only while this holds. */
  visibleWhen?: Condition;
}

export interface FormSpec {
  fields: readonly FieldSpec[];
  sections?: readonly SectionSpec[];
  /** 'groups': sections as Groups in one form; 'categories': a Categorization, one tab per section. */
  layout?: 'groups' | 'categories';
}
