/**
 * Content negotiation: the format of a request body from its `Content-Type`,
 * and the format of the answer from `Accept`.
 *
 * @internal
 * @module
 */

/** A body format the twin reads and writes. */
export type Format = 'json' | 'xml';

const MEDIA_TYPES: Readonly<Record<string, Format>> = { 'application/json': 'json', 'application/xml': 'xml', 'text/xml': 'xml' };

/** A media type and its parameters, lower-cased, from a header value such as `application/json; charset=utf-8`. */
function mediaType(value: string): { type: string; params: Map<string, string> } {
  const [type = '', ...params] = value.split(';');
  const map = new Map<string, string>();
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq === -1) continue;
    let v = param.slice(eq + 1).trim().toLowerCase();
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
    map.set(param.slice(0, eq).trim().toLowerCase(), v);
  }
  return { type: type.trim().toLowerCase(), params: map };
}

/** What {@link requestFormat} decides. */
export type RequestFormat = { readonly ok: true; readonly format: Format } | { readonly ok: false; readonly reason: string };

/**
 * The format of a request body: `application/json`, or on an endpoint that
 * takes XML `application/xml` / `text/xml`; charset UTF-8 or none. Anything
 * else, a missing header included, is refused with the reason.
 */
export function requestFormat(header: string | undefined, formats: readonly Format[]): RequestFormat {
  const accepted = formats.map((f) => (f === 'json' ? 'application/json' : 'application/xml')).join(' or ');
  if (header === undefined || header.trim() === '') return { ok: false, reason: `no Content-Type: send ${accepted}` };
  const { type, params } = mediaType(header);
  const format = Object.hasOwn(MEDIA_TYPES, type) ? MEDIA_TYPES[type] : undefined;
  if (format === undefined || !formats.includes(format)) return { ok: false, reason: `Content-Type ${JSON.stringify(header)} is not accepted here: send ${accepted}` };
  const charset = params.get('charset');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return { ok: false, reason: `charset ${JSON.stringify(charset)} is not accepted: bodies are UTF-8` };
  return { ok: true, format };
}

/**
 * The answer's format from `Accept`: the acceptable format (of `formats`)
 * with the highest quality; on a tie, or with no `Accept` or `*\/*`,
 * `preferred` (the request's own format) when it is acceptable. `undefined`
 * when `Accept` allows none of them (the caller answers 406).
 */
export function responseFormat(header: string | undefined, formats: readonly Format[], preferred: Format): Format | undefined {
  if (header === undefined || header.trim() === '') return formats.includes(preferred) ? preferred : formats[0];
  const quality = new Map<Format, number>();
  const specificity = new Map<Format, number>();
  for (const range of header.split(',')) {
    const { type, params } = mediaType(range);
    if (type === '') continue;
    const q = params.has('q') ? Number(params.get('q')) : 1;
    if (!(q >= 0 && q <= 1)) continue;
    for (const format of formats) {
      const level = type === '*/*' ? 0 : type === 'application/*' || (format === 'xml' && type === 'text/*') ? 1 : MEDIA_TYPES[type] === format && Object.hasOwn(MEDIA_TYPES, type) ? 2 : -1;
      // The most specific range that matches sets the quality (RFC 9110 §12.5.1).
      if (level >= 0 && level >= (specificity.get(format) ?? -1)) {
        quality.set(format, level === specificity.get(format) ? Math.max(q, quality.get(format) ?? 0) : q);
        specificity.set(format, level);
      }
    }
  }
  let best: Format | undefined;
  let bestQ = 0;
  for (const format of [preferred, ...formats]) {
    const q = quality.get(format) ?? 0;
    if (formats.includes(format) && q > bestQ) {
      best = format;
      bestQ = q;
    }
  }
  return best;
}
