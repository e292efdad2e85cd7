/**
 * The shape of one national language of 3GPP TS 23.038 Annex A (its ISO 639-1
 * code, its national language identifier, §6.2.1.2.4, and its tables), and how
 * a language object finds its compiled tables, so that passing `TURKISH`
 * to an encoder costs no lookup and no registry has to be bundled.
 *
 * @module
 */

import { DEFAULT_CHARSET, type Gsm7Charset } from '../charset.js';
import { compileTable, type CompiledTable, type Gsm7Table } from '../table.js';

/**
 * The ISO 639-1 code of a national language with tables in 3GPP TS 23.038 Annex A.
 *
 * @example
 * ```ts
 * const code: LanguageCode = 'tr';
 * ```
 *
 * @group National language tables
 */
export type LanguageCode = 'tr' | 'es' | 'pt' | 'bn' | 'gu' | 'hi' | 'kn' | 'ml' | 'or' | 'pa' | 'ta' | 'te' | 'ur';

/**
 * One national language of 3GPP TS 23.038 Annex A: the identifier that the
 * UDH information elements 0x24 (single shift) and 0x25 (locking shift) carry,
 * and the tables it selects. The options `language`, `languages`,
 * `lockingShift` and `singleShift` take these objects (`TURKISH`, `SPANISH`, …
 * or `NATIONAL_LANGUAGES.tr`), so a bundle holds only the languages it imports.
 *
 * Spec: 3GPP TS 23.038 §6.2.1.2.4 (identifiers), Annex A.2 (single-shift tables),
 * Annex A.3 (locking-shift tables); TS 23.040 §9.2.3.24.15 and §9.2.3.24.16 (the IEs).
 *
 * @example
 * ```ts
 * TURKISH.identifier;                        // 1
 * SPANISH.lockingShift;                      // undefined: Spanish has a single-shift table only
 * NATIONAL_LANGUAGES.tr.singleShift.spec;    // '3GPP TS 23.038 Annex A.2.1'
 * ```
 *
 * @group National language tables
 */
export interface NationalLanguage {
  /** ISO 639-1 code, e.g. `'tr'`. */
  readonly code: LanguageCode;
  /** English name, e.g. `'Turkish'`. */
  readonly name: string;
  /** National language identifier (TS 23.038 §6.2.1.2.4), the octet of IEs 0x24 and 0x25. */
  readonly identifier: number;
  /** The locking-shift table (Annex A.3), absent where the standard defines none (Spanish). */
  readonly lockingShift?: Gsm7Table;
  /** The single-shift table (Annex A.2). */
  readonly singleShift: Gsm7Table;
}

/**
 * A character set together with the languages whose tables it uses, and the
 * number of shift elements (IE 0x24 / 0x25) a message must carry for it.
 *
 * @internal
 */
export interface ShiftSelection {
  readonly charset: Gsm7Charset;
  readonly lockingShift?: NationalLanguage;
  readonly singleShift?: NationalLanguage;
  /** 0, 1 or 2 shift elements. */
  readonly shiftElements: number;
}

/**
 * A language's tables compiled, and the three ways a message can use them
 * with the default tables: its single shift alone, its locking shift alone,
 * both (the last two absent for a language without a locking-shift table).
 *
 * @internal
 */
export interface CompiledLanguage {
  readonly language: NationalLanguage;
  readonly locking: CompiledTable | undefined;
  readonly single: CompiledTable;
  /** Single shift, then (when the language has a locking shift) locking shift, then both. */
  readonly selections: readonly ShiftSelection[];
}

/**
 * The compiled tables of each language object {@link defineLanguage} made.
 * Written only while the language modules load, never exported: callers
 * cannot reach (or change) the typed arrays inside.
 */
const COMPILED: WeakMap<NationalLanguage, CompiledLanguage> = /* @__PURE__ */ new WeakMap();

/**
 * Makes a frozen language object and compiles its tables once, so encoders
 * take the object without a lookup by code.
 *
 * @internal
 */
export function defineLanguage<L extends NationalLanguage>(spec: L): L {
  const language: L = { ...spec };
  const locking = spec.lockingShift === undefined ? undefined : compileTable(spec.lockingShift);
  const single = compileTable(spec.singleShift);
  const id = spec.identifier;
  const selections: ShiftSelection[] = [
    Object.freeze({
      charset: Object.freeze({ locking: DEFAULT_CHARSET.locking, single, singleShiftLanguage: id }),
      singleShift: language,
      shiftElements: 1,
    }),
  ];
  if (locking !== undefined) {
    selections.push(
      Object.freeze({
        charset: Object.freeze({ locking, single: DEFAULT_CHARSET.single, lockingShiftLanguage: id }),
        lockingShift: language,
        shiftElements: 1,
      }),
      Object.freeze({
        charset: Object.freeze({ locking, single, lockingShiftLanguage: id, singleShiftLanguage: id }),
        lockingShift: language,
        singleShift: language,
        shiftElements: 2,
      }),
    );
  }
  Object.freeze(language);
  COMPILED.set(language, Object.freeze({ language, locking, single, selections: Object.freeze(selections) }));
  return language;
}

/**
 * The compiled tables of a language object that smshex made (`TURKISH`,
 * `NATIONAL_LANGUAGES.tr`, …), else `undefined`: a string code, a copy or a
 * hand-made object has none.
 *
 * @internal
 */
export function compiledLanguage(value: unknown): CompiledLanguage | undefined {
  return value !== null && typeof value === 'object' ? COMPILED.get(value as NationalLanguage) : undefined;
}
