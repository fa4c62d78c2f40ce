// Small readers that narrow parsed YAML values without throwing.
import type { JsonObject } from './spec-model.ts';

/** True for a plain object node (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `key`, or an empty object when it is missing or not an object. */
export function objectAt(node: unknown, key: string): JsonObject {
  const value = isObject(node) ? node[key] : undefined;
  return isObject(value) ? value : {};
}

/** The string at `key`, or undefined. */
export function stringAt(node: unknown, key: string): string | undefined {
  const value = isObject(node) ? node[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The strings of a list (or the one string) at `key`; provenance ids may be written either way. */
export function stringsAt(node: unknown, key: string): readonly string[] {
  const value = isObject(node) ? node[key] : undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
