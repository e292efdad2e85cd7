import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as legacy from '../../src/legacy/index.js';
import { LEGACY_TARGETS, TARGETS } from './targets.js';

describe('the fuzz suite covers the public API', () => {
  it('has exactly one fuzz target per export of src/index.ts', () => {
    // Adding an export fails here (and in the typecheck) until test/fuzz/targets.ts covers it.
    expect(Object.keys(TARGETS).sort()).toEqual(Object.keys(api).sort());
  });

  it('has exactly one fuzz target per export of src/legacy/index.ts', () => {
    expect(Object.keys(LEGACY_TARGETS).sort()).toEqual(Object.keys(legacy).sort());
  });

  it.each(Object.entries(LEGACY_TARGETS))('legacy %s is immutable', (name) => {
    expect(isDeeplyFrozen((legacy as Record<string, unknown>)[name])).toBe(true);
  });

  it.each(Object.entries(TARGETS))('%s is the kind its target says', (name, target) => {
    const value = (api as Record<string, unknown>)[name];
    if (target.kind === 'constant') expect(typeof value).not.toBe('function');
    else expect(typeof value).toBe('function');
  });

  it.each(Object.entries(TARGETS).filter(([, t]) => t.kind === 'constant'))('%s is immutable', (name) => {
    expect(isDeeplyFrozen((api as Record<string, unknown>)[name])).toBe(true);
  });
});

function isDeeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return true;
  if (seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((key) => isDeeplyFrozen((value as Record<PropertyKey, unknown>)[key], seen));
}
