/**
 * The composer's model: from the text and the options to everything the page
 * shows (coding and why, parts, units, per-character map, headers, bodies).
 * Pure: no DOM, so it is unit-tested in Node.
 */
import { smshex } from './library.js';
import { codePoints, hex2, hex4 } from './text.js';

/** Unit names by encoding. */
export const UNIT_NAMES = Object.freeze({ gsm7: 'septet', ucs2: 'UTF-16 unit', '8bit': 'octet' });

/**
 * @typedef {object} ComposeOptions
 * @property {'auto' | 0 | 8} dataCoding
 * @property {8 | 16} referenceBits
 * @property {number | undefined} reference the concatenation reference as typed (never clamped: out of range is the builder's
 *   REFERENCE_INVALID); `undefined` when the field is empty, and then buildRequest draws one from its generator
 * @property {string} to the destination as typed (not trimmed: the builder and the validator say what is wrong with it)
 * @property {string} from the sender as typed; `''` sends none (v1 and v2 take none, v3 requires one)
 * @property {import('../../../dist/index.js').Endpoint} [endpoint] the envelope of the body (default /sms/1/binary/multi)
 * @property {import('../../../dist/index.js').LanguageCode | 'auto'} [language] national language tables (absent: none)
 * @property {boolean} [keepGraphemes] never end a part inside a grapheme cluster
 */

/** @typedef {{ code?: string, message: string, index?: number, path?: ReadonlyArray<string | number> }} PageError */
/** @typedef {{ code: string, message: string, severity: string, path: ReadonlyArray<string | number> }} BodyIssue */
/** @typedef {ReturnType<typeof characterMap>[number]} MapPart */
/**
 * @typedef {object} Suggestion
 * @property {'transliterate' | 'language'} kind transliterate (NON_UNICODE), or use a national language table
 * @property {string} [language] the language code, for kind 'language'
 * @property {string} [languageName]
 * @property {string} text the text to send (transliterated, or unchanged for a language)
 * @property {ReadonlyArray<{ index: number, from: string, to: string }>} replacements
 * @property {ReadonlyArray<{ from: string, to: string, count: number }>} grouped the replacements, each kind once with its count
 * @property {string} encoding
 * @property {number} smsCount
 * @property {readonly string[]} remaining characters that still need UCS-2
 */
/**
 * @typedef {object} Composition
 * @property {string} text
 * @property {PageError | null} error why the text cannot be coded as asked (then nothing else is set)
 * @property {import('../../../dist/index.js').SegmentEstimate | null} estimate
 * @property {string} unit
 * @property {string} reason
 * @property {ReadonlySet<string>} forced
 * @property {Suggestion | null} suggestion
 * @property {import('../../../dist/index.js').TextPart[] | null} parts
 * @property {MapPart[]} map
 * @property {import('../../../dist/index.js').Endpoint} endpoint
 * @property {import('../../../dist/index.js').BinaryPayload[] | null} payloads the binary object of every part, in order
 * @property {unknown} body the request body buildRequest made, or null
 * @property {string} json
 * @property {string} xml the XML body, or '' when the envelope is JSON only (see xmlNote)
 * @property {string} xmlNote why there is no XML body
 * @property {PageError | null} bodyError the builder's error, with its code and path
 * @property {BodyIssue[]} bodyIssues what validateRequest says of the body built (warnings and infos: the builder returns no body with an error)
 */

/** The envelopes the provider accepts as XML. */
export const XML_ENDPOINTS = Object.freeze(['/sms/1/binary/single', '/sms/1/binary/multi']);

/**
 * Everything the composer shows for `text`.
 *
 * @param {string} text
 * @param {ComposeOptions} options
 * @returns {Composition}
 */
export function compose(text, options) {
  const segmentOptions = segmentOptionsOf(options);
  /** @type {Composition} */
  const result = {
    text,
    error: null,
    estimate: null,
    unit: 'unit',
    reason: '',
    forced: new Set(),
    suggestion: null,
    parts: null,
    map: [],
    endpoint: options.endpoint ?? '/sms/1/binary/multi',
    payloads: null,
    body: null,
    json: '',
    xml: '',
    xmlNote: '',
    bodyError: null,
    bodyIssues: [],
  };
  let estimate;
  try {
    estimate = smshex.estimateSegments(text, segmentOptions);
  } catch (error) {
    return { ...result, error: describeError(error) };
  }
  const forced = new Set(estimate.nonGsmCharacters);
  Object.assign(result, {
    estimate,
    unit: UNIT_NAMES[estimate.encoding],
    reason: reasonFor(estimate, options),
    forced,
    suggestion: estimate.encoding === 'ucs2' && options.dataCoding === 'auto' ? suggestTransliteration(text, segmentOptions, estimate.smsCount) : null,
  });
  if (estimate.exceedsMaxParts) {
    result.bodyError = { code: 'MESSAGE_TOO_LONG', message: `${estimate.smsCount} parts: more than the ${estimate.maxParts} a concatenated SMS can have` };
    return result;
  }
  result.parts = smshex.splitText(text, segmentOptions);
  // Legacy 8-bit codings (not offered by this page) have no per-character map.
  if (estimate.encoding !== '8bit') result.map = characterMap(result.parts, estimate.encoding, forced);
  const { body, error } = buildBody(text, segmentOptions, options, result.endpoint);
  if (error !== null) {
    result.bodyError = error;
    return result;
  }
  result.body = body;
  result.payloads = payloadsOf(body);
  result.json = JSON.stringify(body, null, 2);
  if (XML_ENDPOINTS.includes(result.endpoint)) result.xml = smshex.toXml(/** @type {any} */ (body), { indent: '  ' });
  else result.xmlNote = `The provider takes ${result.endpoint} bodies as JSON only; XML is for ${XML_ENDPOINTS.join(' and ')}.`;
  result.bodyIssues = smshex.validateRequest(body, { endpoint: result.endpoint }).issues.map((issue) => ({
    code: issue.code,
    message: issue.message,
    severity: issue.severity ?? 'error',
    path: issue.path ?? [],
  }));
  return result;
}

/**
 * The request body of `endpoint` for the page's one message, through
 * buildRequest: every input passed as typed, so a bad sender, destination or
 * reference is the builder's typed error (code and path), never clamped,
 * trimmed or defaulted here.
 *
 * @param {string} text
 * @param {import('../../../dist/index.js').SegmentOptions} segmentOptions
 * @param {ComposeOptions} options
 * @param {import('../../../dist/index.js').Endpoint} endpoint
 * @returns {{ body: unknown, error: PageError | null }}
 */
export function buildBody(text, segmentOptions, options, endpoint) {
  /** @type {import('../../../dist/index.js').RequestMessageInput} */
  const input = {
    ...segmentOptions,
    to: options.to,
    text,
    ...(options.reference === undefined ? {} : { reference: options.reference }),
    ...(options.from === '' ? {} : { from: options.from }),
  };
  try {
    return { body: smshex.buildRequest([input], { endpoint }), error: null };
  } catch (error) {
    return { body: null, error: describeError(error) };
  }
}

/**
 * The binary object of every part of a body of any envelope: v1 single's
 * `binary`, the `binary` of v1 multi and v2 messages, the `content` of v3's.
 *
 * @param {unknown} body
 * @returns {import('../../../dist/index.js').BinaryPayload[]}
 */
export function payloadsOf(body) {
  const record = /** @type {{ binary?: import('../../../dist/index.js').BinaryPayload, messages?: Array<{ binary?: import('../../../dist/index.js').BinaryPayload, content?: import('../../../dist/index.js').BinaryPayload }> }} */ (body);
  if (record.binary !== undefined) return [record.binary];
  return (record.messages ?? []).map((message) => /** @type {import('../../../dist/index.js').BinaryPayload} */ (message.binary ?? message.content));
}

/**
 * The options the segment functions take: the language code becomes its
 * language object, and 'auto' tries all 13.
 *
 * @returns {import('../../../dist/index.js').SegmentOptions}
 */
function segmentOptionsOf(/** @type {ComposeOptions} */ options) {
  const code = options.language;
  const languages = smshex.NATIONAL_LANGUAGES;
  return {
    dataCoding: options.dataCoding,
    referenceBits: options.referenceBits,
    ...(code === undefined ? {} : code === 'auto' ? { language: 'auto', languages: Object.values(languages) } : { language: languages[code] }),
    keepGraphemes: options.keepGraphemes === true,
  };
}

/**
 * Why this coding: the library's own reason, and the characters that forced UCS-2.
 *
 * @param {{ encoding: string, nonGsmCharacters: readonly string[], reason?: string }} estimate
 * @param {ComposeOptions} options
 */
export function reasonFor(estimate, options) {
  let reason = estimate.reason
    ? `${estimate.reason.charAt(0).toUpperCase()}${estimate.reason.slice(1)}.`
    : options.dataCoding !== 'auto'
      ? `dataCoding ${options.dataCoding} was asked for.`
      : estimate.encoding === 'gsm7'
        ? 'GSM 7-bit: every character is in the default alphabet or its extension table.'
        : 'UCS-2: some characters are in no GSM 7-bit table.';
  if (estimate.encoding === 'gsm7') reason += ' (3GPP TS 23.038 §6.2.1)';
  const count = estimate.nonGsmCharacters.length;
  if (count > 0 && estimate.reason) {
    reason += ` ${count === 1 ? 'It is' : 'They are'} marked in the text below.`;
  } else if (count > 0) {
    const list = estimate.nonGsmCharacters.slice(0, 12).map((c) => `“${c}”`).join(' ');
    const more = count > 12 ? ` and ${count - 12} more` : '';
    reason += ` Outside the GSM 7-bit tables, marked in the text below: ${list}${more}.`;
  }
  return reason;
}

/**
 * What would send the text in fewer parts, or null when nothing would: a
 * suggestion that saves no part is no suggestion. Lossless first: when no
 * national language is chosen and one (the fewest parts over all 13) codes
 * the text in GSM 7-bit in no more parts than transliterating would, that
 * language is suggested (every letter kept; the handsets must support it).
 * Otherwise the NON_UNICODE transliteration, its replacements counted by kind
 * (`ş → s` ×3). On purpose stricter than the library's `'smart'` rule (which
 * the CLI shares: replace when the text becomes GSM 7-bit in as many parts,
 * or takes fewer): NON_UNICODE loses letters, so only a saved part justifies
 * suggesting it; `'smart'` only swaps lookalikes.
 */
/** @returns {Suggestion | null} */
function suggestTransliteration(/** @type {string} */ text, /** @type {import('../../../dist/index.js').SegmentOptions} */ segmentOptions, /** @type {number} */ smsCount) {
  const result = smshex.transliterate(text, 'NON_UNICODE');
  const after = result.replacements.length === 0 ? null : smshex.estimateSegments(result.text, segmentOptions);
  if (segmentOptions.language === undefined) {
    const national = smshex.estimateSegments(text, { ...segmentOptions, language: 'auto', languages: Object.values(smshex.NATIONAL_LANGUAGES) });
    const code = national.singleShiftCode ?? national.lockingShiftCode;
    if (national.encoding === 'gsm7' && code !== undefined && national.smsCount < smsCount && (after === null || national.smsCount <= after.smsCount)) {
      const language = /** @type {Record<string, { name: string }>} */ (smshex.NATIONAL_LANGUAGES)[code];
      return { kind: 'language', language: code, languageName: language?.name ?? code, text, replacements: [], grouped: [], encoding: 'gsm7', smsCount: national.smsCount, remaining: [] };
    }
  }
  if (after === null || after.smsCount >= smsCount) return null;
  /** @type {Map<string, { from: string, to: string, count: number }>} */
  const grouped = new Map();
  for (const { from, to } of result.replacements) {
    const key = `${from}\u0000${to}`;
    const seen = grouped.get(key);
    if (seen === undefined) grouped.set(key, { from, to, count: 1 });
    else seen.count++;
  }
  return {
    kind: 'transliterate',
    text: result.text,
    replacements: result.replacements,
    grouped: [...grouped.values()],
    encoding: after.encoding,
    smsCount: after.smsCount,
    remaining: after.nonGsmCharacters,
  };
}

/**
 * Per part, the characters with the units each takes, read back from the
 * part's bytes: an extension character is two septets (1b xx), a surrogate
 * pair two UTF-16 units.
 *
 * @param {ReadonlyArray<{ text: string, start: number, bytes: Uint8Array, units: number }>} parts
 * @param {'gsm7' | 'ucs2'} encoding
 * @param {ReadonlySet<string>} forced the characters that forced UCS-2
 */
export function characterMap(parts, encoding, forced) {
  return parts.map((part, p) => {
    const cells = [];
    let b = 0;
    for (const { char, index } of codePoints(part.text)) {
      /** @type {string[]} */
      const units = [];
      let kind = 'single';
      if (encoding === 'gsm7') {
        const take = part.bytes[b] === 0x1b ? 2 : 1;
        for (let k = 0; k < take; k++) units.push(hex2(/** @type {number} */ (part.bytes[b + k])));
        if (take === 2) kind = 'extension';
        b += take;
      } else {
        for (let k = 0; k < char.length; k++, b += 2) {
          units.push(hex4((/** @type {number} */ (part.bytes[b]) << 8) | /** @type {number} */ (part.bytes[b + 1])));
        }
        if (char.length === 2) kind = 'surrogate-pair';
      }
      cells.push({ char, index: part.start + index, units, kind, forced: forced.has(char) });
    }
    return { part: p + 1, start: part.start, units: part.units, cells };
  });
}

/**
 * A User Data Header broken down octet by octet.
 *
 * @param {Uint8Array} bytes a payload that begins with a header
 * @returns {{ length: number, rows: Array<{ offset: number, octets: string, field: string, meaning: string }> }}
 */
export function udhBreakdown(bytes) {
  const parsed = smshex.parseUdh(bytes);
  const rows = [{ offset: 0, octets: hex2(/** @type {number} */ (bytes[0])), field: 'UDHL', meaning: `header length: ${bytes[0]} octets follow` }];
  let at = 1;
  for (const element of parsed.elements) {
    const id = /** @type {number} */ (bytes[at]);
    const length = /** @type {number} */ (bytes[at + 1]);
    rows.push({ offset: at, octets: hex2(id), field: 'IEI', meaning: elementName(element, id) });
    rows.push({ offset: at + 1, octets: hex2(length), field: 'IEDL', meaning: `${length} octet${length === 1 ? '' : 's'} of data` });
    const data = bytes.subarray(at + 2, at + 2 + length);
    for (const row of elementData(element, data)) rows.push({ ...row, offset: at + 2 + row.offset });
    at += 2 + length;
  }
  return { length: parsed.length, rows };
}

/** @param {import('../../../dist/index.js').UdhElement} element @param {number} id */
function elementName(element, id) {
  switch (element.type) {
    case 'concat':
      return `concatenated message, ${element.referenceBits}-bit reference (TS 23.040 §9.2.3.24.${element.referenceBits === 8 ? 1 : 8})`;
    case 'ports':
      return `application ports, ${element.portBits}-bit (TS 23.040 §9.2.3.24.${element.portBits === 8 ? 3 : 4})`;
    case 'singleShift':
      return 'national language single shift (TS 23.040 §9.2.3.24.15)';
    case 'lockingShift':
      return 'national language locking shift (TS 23.040 §9.2.3.24.16)';
    default:
      return `information element 0x${hex2(id)}, passed through`;
  }
}

/** @param {import('../../../dist/index.js').UdhElement} element @param {Uint8Array} data */
function elementData(element, data) {
  const octets = (/** @type {number} */ from, /** @type {number} */ to) => Array.from(data.subarray(from, to), hex2).join(' ');
  switch (element.type) {
    case 'concat': {
      const r = element.referenceBits === 8 ? 1 : 2;
      return [
        { offset: 0, octets: octets(0, r), field: 'reference', meaning: `${element.reference}: the same in every part` },
        { offset: r, octets: octets(r, r + 1), field: 'total', meaning: `${element.total} parts` },
        { offset: r + 1, octets: octets(r + 1, r + 2), field: 'sequence', meaning: `part ${element.sequence}` },
      ];
    }
    case 'ports': {
      const w = element.portBits === 8 ? 1 : 2;
      return [
        { offset: 0, octets: octets(0, w), field: 'destination port', meaning: String(element.destination) },
        { offset: w, octets: octets(w, 2 * w), field: 'source port', meaning: String(element.source) },
      ];
    }
    case 'singleShift':
    case 'lockingShift':
      return [{ offset: 0, octets: octets(0, 1), field: 'language', meaning: `national language identifier ${element.language}` }];
    default:
      return data.length === 0 ? [] : [{ offset: 0, octets: octets(0, data.length), field: 'data', meaning: 'element data' }];
  }
}

/**
 * An error as plain data for the page.
 *
 * @param {unknown} error
 * @returns {PageError}
 */
export function describeError(error) {
  if (error instanceof smshex.SmsHexError) {
    /** @type {PageError} */
    const out = { code: error.code, message: error.message };
    if (error.index !== undefined) out.index = error.index;
    if (error.path !== undefined) out.path = error.path;
    return out;
  }
  return { message: error instanceof Error ? error.message : String(error) };
}
