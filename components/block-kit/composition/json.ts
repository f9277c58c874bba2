import type { Json } from '../types';

/** Block Kit arrives as untyped JSON: these readers never throw on a wrong shape. */
export function isObj(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

export function objs(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObj) : [];
}

export function obj(value: unknown): Json | undefined {
  return isObj(value) ? value : undefined;
}

/** The `text` of a text object (`{ type, text }`), or undefined. */
export function textOf(value: unknown): string | undefined {
  return isObj(value) ? str(value.text) : undefined;
}
