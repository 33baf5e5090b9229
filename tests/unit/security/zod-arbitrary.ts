import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Best-effort fast-check generators of values that *should* satisfy a zod 4 schema, read from
 * the schema's definition, so the IPC fuzz reaches the handlers of calls added later by any
 * feature without per-call code. Unknown shapes fall back to `fc.anything()`; whether a value is
 * really valid is always decided by the schema itself (the test's oracle), never assumed here.
 */

interface Def {
  type: string;
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  pattern?: RegExp;
  length?: number;
}

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}
function checksOf(def: Def): CheckDef[] {
  return ((def['checks'] as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);
}

/** `s` repeated or cut to a length in [min, max] (for an empty `s`, padded with "0"). */
function fitLength(s: string, min: number, max: number): string {
  let out = s || '0';
  while (out.length < min) out += s || '0';
  return out.length > max ? out.slice(0, max) : out;
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const format = (def['format'] as string | undefined) ?? checks.find((c) => c.check === 'string_format')?.format;
  let min = 0;
  let max = 200;
  for (const c of checks) {
    if (c.check === 'min_length' && c.minimum !== undefined) min = Math.max(min, c.minimum);
    if (c.check === 'max_length' && c.maximum !== undefined) max = Math.min(max, c.maximum);
    if (c.check === 'length_equals' && c.length !== undefined) min = max = c.length;
  }
  if (max < min) max = min;
  switch (format) {
    case 'url':
      return fc.webUrl({ withQueryParameters: true, withFragments: true });
    case 'email':
      return fc.emailAddress();
    case 'uuid':
    case 'guid':
      return fc.uuid();
    case 'regex': {
      const pattern = checks.find((c) => c.format === 'regex')?.pattern ?? (def['pattern'] as RegExp | undefined);
      // Fit the length by repeating or cutting, never by filtering: a filter on a length that
      // stringMatching rarely produces (a 16-64 character hex token) makes fast-check spin for
      // minutes. A fitted string may no longer match; the schema, the test's oracle, decides.
      if (pattern) return fc.stringMatching(pattern).map((s) => fitLength(s, min, Math.max(max, min)));
      break;
    }
    case 'datetime':
      return fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4102444800000) }).map((d) => d.toISOString());
  }
  return fc.string({ minLength: min, maxLength: Math.min(max, min + 200), unit: 'grapheme' });
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const isInt = checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
  let min = isInt ? Number.MIN_SAFE_INTEGER : -1e9;
  let max = isInt ? Number.MAX_SAFE_INTEGER : 1e9;
  for (const c of checks) {
    if (c.check === 'greater_than' && c.value !== undefined) min = Math.max(min, c.inclusive ? c.value : c.value + (isInt ? 1 : 1e-6));
    if (c.check === 'less_than' && c.value !== undefined) max = Math.min(max, c.inclusive ? c.value : c.value - (isInt ? 1 : 1e-6));
  }
  if (max < min) max = min;
  return isInt ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
}

export function arbitraryFor(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return fc.constant(undefined);
  const inner = (s: unknown) => arbitraryFor(s, depth + 1);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'int':
      return fc.integer();
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'literal':
      return fc.constantFrom(...(def['values'] as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def['entries'] as Record<string, unknown>));
    case 'optional':
      return fc.option(inner(def['innerType']), { nil: undefined });
    case 'nullable':
      return fc.option(inner(def['innerType']), { nil: null });
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner(def['innerType']);
    case 'pipe':
      return inner(def['in']);
    case 'lazy':
      return inner((def['getter'] as () => unknown)());
    case 'union':
      return fc.oneof(...(def['options'] as unknown[]).map(inner));
    case 'array': {
      const checks = checksOf(def);
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const max = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 5, min + 5);
      return fc.array(inner(def['element']), { minLength: min, maxLength: Math.max(min, max) });
    }
    case 'tuple':
      return fc.tuple(...(def['items'] as unknown[]).map(inner));
    case 'record':
      return fc.dictionary(stringArbitrary(defOf(def['keyType'])).filter((k) => k !== '__proto__'), inner(def['valueType']), { maxKeys: 4 });
    case 'object': {
      const shape = def['shape'] as Record<string, unknown>;
      const parts: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(shape)) parts[key] = inner(value);
      return fc.record(parts).map((obj) => {
        // Optional keys whose value came out undefined are left out, as a real caller would.
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
        return out;
      });
    }
    default:
      return fc.anything();
  }
}

const HUGE = 'x'.repeat(1_000_001);

/** Hostile replacement values for one field of an otherwise valid payload. */
const hostileValue = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }),
  fc.constantFrom<unknown>(
    null, undefined, NaN, Infinity, -Infinity, -0, 2 ** 53 + 1, '', HUGE, '\u0000', '\ud800', 'javascript:alert(1)', 'file:///etc/passwd',
    '../../../../etc/passwd', '<script>alert(1)</script>', [], {}, [[[[[[]]]]]], true, 0, 1e308,
    JSON.parse('{"__proto__":{"polluted":true}}'), JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  ),
);

/**
 * A valid-looking payload with one thing wrong (or not: some mutations keep it valid, the
 * oracle decides): a key removed, an extra key, one value replaced by something hostile,
 * the whole payload wrapped, or prototype-polluting keys added.
 */
export function nearValid(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc
    .tuple(arbitraryFor(schema), fc.nat(), hostileValue, fc.constantFrom('drop', 'extra', 'replace', 'wrap', 'proto', 'stringify'))
    .map(([value, pick, hostile, op]) => {
      if (op === 'wrap') return [value];
      if (op === 'stringify') return JSON.stringify(value ?? null);
      if (!value || typeof value !== 'object' || Array.isArray(value)) return op === 'replace' ? hostile : value;
      const obj = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(obj);
      const key = keys.length ? keys[pick % keys.length]! : 'missing';
      if (op === 'drop') delete obj[key];
      else if (op === 'extra') obj[`extra${pick % 7}`] = hostile;
      else if (op === 'replace') obj[key] = hostile;
      else if (op === 'proto') return Object.assign(JSON.parse('{"__proto__":{"isAdmin":true}}') as object, obj);
      return obj;
    });
}
