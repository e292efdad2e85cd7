/**
 * The shape of a GSM 7-bit character table and the lookups derived from it.
 * A table is written once, as data indexed by septet; both directions are
 * compiled from that one array, so no table is ever typed twice.
 *
 * @module
 */

/**
 * A 7-bit character table: 128 entries indexed by septet, `null` where the
 * septet is not a character (the escape 0x1B, or an unassigned code).
 *
 * @example
 * ```ts
 * DEFAULT_ALPHABET.chars[0x09]; // 'Ç'
 * ```
 *
 * @group Codecs
 */
export interface Gsm7Table {
  /** A human-readable name, e.g. `"GSM 7-bit default alphabet"`. */
  readonly name: string;
  /** The section of the standard the table comes from. */
  readonly spec: string;
  /** 128 entries, indexed by septet. */
  readonly chars: ReadonlyArray<string | null>;
}

/** No septet for this character. */
export const NONE = -1;
/** No character for this septet (in a decode table). */
export const NO_CHAR = 0xffff;

/**
 * The lookups compiled from one {@link Gsm7Table}. Built once when the table's
 * module loads and never mutated afterwards; part of a {@link Gsm7Charset}.
 *
 * @example
 * ```ts
 * resolveCharset({ singleShift: TURKISH }).single.table.name;
 * // 'Turkish national language single shift table'
 * ```
 *
 * @group Codecs
 */
export interface CompiledTable {
  /** The table the lookups were compiled from. */
  readonly table: Gsm7Table;
  /** Septet → UTF-16 code unit, 0xFFFF where none. */
  readonly decode: Uint16Array;
  /** UTF-16 code unit (< 256) → septet, -1 where none. */
  readonly encodeLow: Int16Array;
  /** UTF-16 code unit (≥ 256) → septet. */
  readonly encodeHigh: ReadonlyMap<number, number>;
  /** The lowest code unit in {@link CompiledTable.encodeHigh}: a unit below it needs no map look-up. */
  readonly highMin: number;
  /** The highest code unit in {@link CompiledTable.encodeHigh}: a unit above it needs no map look-up. */
  readonly highMax: number;
}

/**
 * Compiles a table's decode and encode lookups. Where a character appears at
 * two septets the lower septet is used for encoding.
 *
 * @internal
 */
export function compileTable(table: Gsm7Table): CompiledTable {
  if (table.chars.length !== 128) throw new RangeError(`${table.name}: a table has 128 entries, got ${table.chars.length}`);
  const decode = new Uint16Array(128).fill(NO_CHAR);
  const encodeLow = new Int16Array(256).fill(NONE);
  const encodeHigh = new Map<number, number>();
  for (let septet = 127; septet >= 0; septet--) {
    const ch = table.chars[septet];
    if (ch === null || ch === undefined) continue;
    if (ch.length !== 1) throw new RangeError(`${table.name}: entry 0x${septet.toString(16)} must be one UTF-16 unit`);
    const unit = ch.charCodeAt(0);
    decode[septet] = unit;
    if (unit < 256) encodeLow[unit] = septet;
    else encodeHigh.set(unit, septet);
  }
  let highMin = 0x10000;
  let highMax = -1;
  for (const unit of encodeHigh.keys()) {
    if (unit < highMin) highMin = unit;
    if (unit > highMax) highMax = unit;
  }
  return { table, decode, encodeLow, encodeHigh, highMin, highMax };
}

/**
 * A copy of a compiled table whose lookup arrays and map are the copy's own,
 * for handing to a caller.
 *
 * @internal
 */
export function copyTable(compiled: CompiledTable): CompiledTable {
  return Object.freeze({
    table: compiled.table,
    decode: compiled.decode.slice(),
    encodeLow: compiled.encodeLow.slice(),
    encodeHigh: new Map(compiled.encodeHigh),
    highMin: compiled.highMin,
    highMax: compiled.highMax,
  });
}

/**
 * Looks up the septet for one UTF-16 code unit, {@link NONE} where the table
 * does not hold it.
 *
 * @internal
 */
export function lookupSeptet(compiled: CompiledTable, unit: number): number {
  if (unit < 256) return compiled.encodeLow[unit] as number;
  if (unit < compiled.highMin || unit > compiled.highMax) return NONE;
  return compiled.encodeHigh.get(unit) ?? NONE;
}
