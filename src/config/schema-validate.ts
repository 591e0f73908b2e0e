import type { Finding } from '../checks/types.js';
import { finding } from '../checks/types.js';
import { configSchema, configUnknownKey } from '../checks/config/rules.js';
import { nearest } from '../util/nearest.js';
import type { JsonSchema } from './schema.js';

/**
 * A validator for the subset of JSON Schema that schema.ts uses (type, properties, required,
 * additionalProperties, items, enum, minLength, minItems, minimum, maximum, pattern). `format`
 * is left to the semantic checks, which say more than "not a URI" can.
 */
export function validateAgainstSchema(value: unknown, schema: JsonSchema, path = '$'): Finding[] {
  const out: Finding[] = [];
  walk(value, schema, path, out);
  return out;
}

function walk(value: unknown, schema: JsonSchema, path: string, out: Finding[]): void {
  if (schema.type && !hasType(value, schema.type)) {
    out.push(
      finding(configSchema, {
        message: `${path} must be ${article(schema.type)}, not ${describe(value)}`,
        expected: schema.type,
        actual: describe(value),
        location: path,
        hint: schema.description,
      }),
    );
    return;
  }
  if (schema.enum && !schema.enum.includes(value as string | number | boolean)) {
    const near = typeof value === 'string' ? nearest(value, schema.enum.map(String)) : [];
    out.push(
      finding(configSchema, {
        message: `${path} is ${JSON.stringify(value)}, which is not one of the allowed values`,
        expected: schema.enum.join(' | '),
        actual: value,
        location: path,
        hint: near.length ? `Did you mean ${JSON.stringify(near[0])}?` : schema.description,
      }),
    );
  }
  if (typeof value === 'string') checkString(value, schema, path, out);
  else if (typeof value === 'number') checkNumber(value, schema, path, out);
  else if (Array.isArray(value)) checkArray(value, schema, path, out);
  else if (isObject(value)) checkObject(value, schema, path, out);
}

function checkString(value: string, schema: JsonSchema, path: string, out: Finding[]): void {
  if (schema.minLength !== undefined && value.trim().length < schema.minLength) {
    out.push(
      finding(configSchema, {
        message: `${path} is empty`,
        expected: 'a non-empty string',
        actual: JSON.stringify(value),
        location: path,
        hint: schema.description,
      }),
    );
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
    out.push(
      finding(configSchema, {
        message: `${path} does not have the expected form`,
        expected: `a string matching ${schema.pattern}`,
        actual: value,
        location: path,
        hint: schema.description,
      }),
    );
  }
}

function checkNumber(value: number, schema: JsonSchema, path: string, out: Finding[]): void {
  const tooLow = schema.minimum !== undefined && value < schema.minimum;
  const tooHigh = schema.maximum !== undefined && value > schema.maximum;
  if (tooLow || tooHigh) {
    out.push(
      finding(configSchema, {
        message: `${path} is ${value}, outside the allowed range`,
        expected: `${schema.minimum ?? '-∞'} to ${schema.maximum ?? '∞'}`,
        actual: value,
        location: path,
        hint: schema.description,
      }),
    );
  }
}

function checkArray(value: unknown[], schema: JsonSchema, path: string, out: Finding[]): void {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    out.push(
      finding(configSchema, {
        message: `${path} needs at least ${schema.minItems} entr${schema.minItems === 1 ? 'y' : 'ies'}`,
        expected: `at least ${schema.minItems}`,
        actual: value.length,
        location: path,
        hint: schema.description,
      }),
    );
  }
  if (schema.items) value.forEach((item, i) => walk(item, schema.items!, `${path}[${i}]`, out));
}

function checkObject(value: Record<string, unknown>, schema: JsonSchema, path: string, out: Finding[]): void {
  const props = schema.properties ?? {};
  // Keys already named as the typo of a missing required key: one problem, one finding.
  const typos = new Set<string>();
  for (const key of schema.required ?? []) {
    if (!(key in value)) {
      // A typo of the key ("entityID") is the usual cause: name it.
      const typo = nearest(key, Object.keys(value).filter((k) => !(k in props)))[0];
      if (typo) typos.add(typo);
      out.push(
        finding(configSchema, {
          message: `${path} is missing the required key "${key}"` + (typo ? ` (there is "${typo}")` : ''),
          expected: `"${key}"`,
          actual: typo ? `"${typo}"` : 'absent',
          location: `${path}.${key}`,
          hint: typo ? `Rename "${typo}" to "${key}". ${props[key]?.description ?? ''}`.trim() : props[key]?.description,
        }),
      );
    }
  }
  const known = Object.keys(props);
  for (const [key, child] of Object.entries(value)) {
    const sub = props[key];
    if (sub) {
      walk(child, sub, `${path}.${key}`, out);
    } else if (schema.additionalProperties === false && !typos.has(key)) {
      const near = nearest(key, known);
      out.push(
        finding(configUnknownKey, {
          message: `unknown key "${key}" in ${path}` + (near.length ? `; did you mean "${near[0]}"?` : ''),
          expected: near.length ? near[0] : `one of ${known.join(', ')}`,
          actual: key,
          location: `${path}.${key}`,
          hint: near.length
            ? `Rename "${key}" to "${near[0]}"; as written, the setting is ignored.`
            : `Known keys here: ${known.join(', ')}. Remove the key or move it where it belongs.`,
        }),
      );
    }
  }
}

function hasType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isInteger(value)) return `the number ${value}`;
  if (typeof value === 'object') return 'an object';
  return `${article(typeof value)} (${JSON.stringify(value)})`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
