// The benchmark form (a copy of the rules in shared/bench/apps/shared/generate.js, as a field spec):
// field i by i mod 5 — required text (2–80, no digits), date, enum of five, boolean, e-mail — then a plain text.
import type { FieldSpec, FormSpec } from '../../forms/generator/field-spec';

const CHOICES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((value) => ({ value, label: value }));

function field(i: number): FieldSpec {
  const path = `field${i}`;
  switch (i % 5) {
    case 0:
      return {
        path,
        label: `Text ${i}`,
        type: 'text',
        required: true,
        minLength: 2,
        maxLength: 80,
        pattern: '^[^0-9]*$',
        patternMessage: 'Use letters only, no digits.',
      };
    case 1:
      return { path, label: `Date ${i}`, type: 'date' };
    case 2:
      return { path, label: `Choice ${i}`, type: 'enum', options: CHOICES };
    case 3:
      return { path, label: `Flag ${i}`, type: 'boolean' };
    default:
      return { path, label: `Email ${i}`, type: 'email' };
  }
}

export function benchSpec(n: number): { spec: FormSpec; data: Record<string, unknown> } {
  const fields = Array.from({ length: n }, (_, i) => field(i));
  fields.push({ path: `field${n}`, label: `Text ${n}`, type: 'text', maxLength: 80 });
  const data: Record<string, unknown> = {};
  for (const f of fields) if (f.type === 'text') data[f.path] = 'Sample';
  return { spec: { fields }, data };
}

export const benchSizeFrom = (search: string) => {
  const n = Number(new URLSearchParams(search).get('n') ?? 50);
  return Number.isInteger(n) && n > 0 && n <= 5000 ? n : 50;
};
