import { describe, expect, it } from 'vitest';
import { decodeGsm7, DEFAULT_ALPHABET, DEFAULT_EXTENSION, encodeGsm7, isGsm7, NATIONAL_LANGUAGES } from '../../../src/index.js';
import { charOf, loadVectors } from '../../helpers/vectors.js';

interface AlphabetEntry { septet: string; unicode: string | null }
interface ExtensionEntry { code: string; kind: 'assigned' | 'reserved' | 'control' | 'unassigned'; unicode: string | null; decodesTo: string }

const alphabet = loadVectors<{ entries: AlphabetEntry[] }>('gsm7-default-alphabet').entries;
const extension = loadVectors<{ entries: ExtensionEntry[] }>('gsm7-extension-table').entries;
const septetOf = (hex: string): number => Number.parseInt(hex, 16);

describe('the default alphabet (TS 23.038 §6.2.1)', () => {
  it('has all 128 septets in the vectors, in order', () => {
    expect(alphabet.map((e) => septetOf(e.septet))).toEqual([...Array(128).keys()]);
    expect(DEFAULT_ALPHABET.chars).toHaveLength(128);
  });

  it.each(alphabet)('septet $septet is $unicode', ({ septet, unicode }) => {
    const s = septetOf(septet);
    if (unicode === null) {
      expect(DEFAULT_ALPHABET.chars[s]).toBeNull();
      return;
    }
    const ch = charOf(unicode);
    expect(DEFAULT_ALPHABET.chars[s]).toBe(ch);
    expect(decodeGsm7(Uint8Array.of(s))).toBe(ch);
    expect(encodeGsm7(ch)).toEqual(Uint8Array.of(s));
  });

  it.each([
    ['Ç', 0x09],
    ['¿', 0x60],
    ['§', 0x5f],
    ['\r', 0x0d],
    ['\n', 0x0a],
    ['¤', 0x24],
    ['¡', 0x40],
  ])('puts %j at 0x%s, where other libraries slip', (ch, septet) => {
    expect(encodeGsm7(ch)).toEqual(Uint8Array.of(septet));
  });

  it('holds the Greek capitals of the table and no other Greek', () => {
    expect(isGsm7('ΔΦΓΛΩΠΨΣΘΞ')).toBe(true);
    for (const ch of 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαβγδπσω') expect(isGsm7(ch)).toBe(false);
  });
});

describe('the extension table (TS 23.038 §6.2.1.1)', () => {
  it('has all 128 codes in the vectors, in order', () => {
    expect(extension.map((e) => septetOf(e.code))).toEqual([...Array(128).keys()]);
    expect(DEFAULT_EXTENSION.chars).toHaveLength(128);
  });

  it('assigns exactly the ten characters € [ ] { } ~ ^ \\ | and form feed', () => {
    const assigned = extension.filter((e) => e.kind === 'assigned').map((e) => charOf(e.unicode as string));
    expect(assigned.sort()).toEqual([...'\f^{}\\[~]|€'].sort());
  });

  it.each(extension)('1b $code ($kind) decodes to $decodesTo', ({ code, kind, unicode, decodesTo }) => {
    const c = septetOf(code);
    expect(decodeGsm7(Uint8Array.of(0x1b, c))).toBe(charOf(decodesTo));
    if (kind === 'assigned') {
      expect(DEFAULT_EXTENSION.chars[c]).toBe(charOf(unicode as string));
      expect(encodeGsm7(charOf(unicode as string))).toEqual(Uint8Array.of(0x1b, c));
    } else {
      expect(DEFAULT_EXTENSION.chars[c]).toBeNull();
    }
  });

  it('keeps its tables frozen', () => {
    expect(Object.isFrozen(DEFAULT_ALPHABET)).toBe(true);
    expect(Object.isFrozen(DEFAULT_ALPHABET.chars)).toBe(true);
    expect(Object.isFrozen(DEFAULT_EXTENSION.chars)).toBe(true);
  });
});

describe('septet 0x1b', () => {
  // The builder cuts an encoded payload into parts by reading only the septet before each cut
  // (src/segments/split-payload.ts): that needs 0x1b to be written only as the escape of a pair.
  const tables = [
    ['the default alphabet', DEFAULT_ALPHABET],
    ['the extension table', DEFAULT_EXTENSION],
    ...Object.values(NATIONAL_LANGUAGES).flatMap((language) => [
      [`${language.name} single shift`, language.singleShift] as const,
      ...(language.lockingShift === undefined ? [] : [[`${language.name} locking shift`, language.lockingShift] as const]),
    ]),
  ] as const;

  it.each(tables)('holds no character in %s: 0x1b is only ever the escape', (_, table) => {
    expect(table.chars[0x1b]).toBeNull();
  });
});
