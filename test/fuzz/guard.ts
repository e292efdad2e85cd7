/**
 * Checks that nothing the suite did changed the built-in prototypes: no
 * property added, removed or redefined on Object.prototype and friends.
 */
import { afterAll, beforeAll, expect } from 'vitest';

const GUARDED: ReadonlyArray<readonly [string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['String.prototype', String.prototype],
  ['Function.prototype', Function.prototype],
  ['Uint8Array.prototype', Uint8Array.prototype],
  ['Error.prototype', Error.prototype],
];

function snapshot(): Map<string, PropertyDescriptor | undefined> {
  const out = new Map<string, PropertyDescriptor | undefined>();
  for (const [name, proto] of GUARDED) {
    for (const key of Reflect.ownKeys(proto)) out.set(`${name}.${String(key)}`, Object.getOwnPropertyDescriptor(proto, key));
    out.set(`${name} [[Prototype]]`, { value: Object.getPrototypeOf(proto) });
    out.set(`${name} extensible`, { value: Object.isExtensible(proto) });
  }
  return out;
}

/** Registers before/after hooks that fail the file when a built-in prototype changed. */
export function guardPrototypes(): void {
  let before: Map<string, PropertyDescriptor | undefined>;
  beforeAll(() => {
    before = snapshot();
  });
  afterAll(() => {
    const after = snapshot();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [key, descriptor] of before) expect(sameDescriptor(after.get(key), descriptor), key).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
}

function sameDescriptor(a: PropertyDescriptor | undefined, b: PropertyDescriptor | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const fields = ['value', 'get', 'set', 'writable', 'enumerable', 'configurable'] as const;
  return fields.every((f) => Object.is(a[f], b[f]));
}
