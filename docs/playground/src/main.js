/**
 * The playground page: wires the composer and the validator to the DOM.
 * Everything is recomputed on each input event; the models are pure
 * (compose.js, check.js) and the views below only draw them.
 */
import { check } from './check.js';
import { compose, udhBreakdown } from './compose.js';
import { byId, copyText, fill, h, markedText } from './dom.js';
import { smshex } from './library.js';
import { codePointLabel, formatPath, ordinal, plural, visible } from './text.js';

/** The most characters drawn in the character map, and parts listed. */
const MAP_LIMIT = 2000;
const PART_LIMIT = 40;
/** Colours for parts cycle through this many classes (style.css). */
const PART_COLOURS = 6;

const $ = {
  text: /** @type {HTMLTextAreaElement} */ (byId('text')),
  dataCoding: /** @type {HTMLSelectElement} */ (byId('data-coding')),
  referenceBits: /** @type {HTMLSelectElement} */ (byId('reference-bits')),
  reference: /** @type {HTMLInputElement} */ (byId('reference')),
  language: /** @type {HTMLSelectElement} */ (byId('language')),
  keepGraphemes: /** @type {HTMLInputElement} */ (byId('keep-graphemes')),
  to: /** @type {HTMLInputElement} */ (byId('to')),
  from: /** @type {HTMLInputElement} */ (byId('from')),
  endpoint: /** @type {HTMLSelectElement} */ (byId('endpoint')),
  checkInput: /** @type {HTMLTextAreaElement} */ (byId('check-input')),
  strict: /** @type {HTMLInputElement} */ (byId('strict')),
  checkDataCoding: /** @type {HTMLSelectElement} */ (byId('check-data-coding')),
  udhi: /** @type {HTMLInputElement} */ (byId('udhi')),
};

/** @type {import('./compose.js').Composition | null} */
let current = null;

// ---------------------------------------------------------------- composer

/**
 * The composer's inputs as typed. Nothing is clamped, trimmed or defaulted
 * here: a reference out of range, a sender or a destination the API rejects
 * is the builder's typed error, shown with its code and path. An empty
 * reference field lets buildRequest draw one (the help text says so); a
 * field that does not hold a number is NaN, which the builder rejects.
 */
function readOptions() {
  const coding = $.dataCoding.value;
  const referenceBits = $.referenceBits.value === '16' ? 16 : 8;
  $.reference.max = String(referenceBits === 8 ? 255 : 65535);
  const typed = $.reference.value;
  const reference = $.reference.validity.badInput ? Number.NaN : typed.trim() === '' ? undefined : Number(typed);
  return {
    dataCoding: /** @type {'auto' | 0 | 8} */ (coding === 'auto' ? 'auto' : Number(coding)),
    referenceBits: /** @type {8 | 16} */ (referenceBits),
    reference,
    to: $.to.value,
    from: $.from.value,
    endpoint: /** @type {import('../../../dist/index.js').Endpoint} */ ($.endpoint.value),
    language: /** @type {import('../../../dist/index.js').LanguageCode | 'auto' | undefined} */ ($.language.value || undefined),
    keepGraphemes: $.keepGraphemes.checked,
  };
}

function renderComposer() {
  const model = compose($.text.value, readOptions());
  current = model;
  if (model.error || !model.estimate) {
    renderEncodeError(model.text, model.error ?? { message: 'cannot code this text' });
    return;
  }
  const { estimate, unit } = model;
  byId('composer-output').hidden = false;
  fill('encode-error');
  const units = (/** @type {number} */ n) => plural(n, unit);
  fill(
    'summary',
    h('div', null, h('dt', null, 'Coding'), h('dd', { id: 'coding', 'data-encoding': estimate.encoding }, estimate.encoding === 'gsm7' ? 'GSM 7-bit' : 'UCS-2', ` (dataCoding ${estimate.dataCoding})`)),
    h('div', null, h('dt', null, 'Parts'), h('dd', { id: 'sms-count' }, String(estimate.smsCount))),
    h('div', null, h('dt', null, 'Units used'), h('dd', { id: 'units-used' }, units(estimate.units))),
    h('div', null, h('dt', null, 'Remaining in the last part'), h('dd', { id: 'units-remaining' }, units(estimate.unitsRemaining))),
    h('div', null, h('dt', null, 'Per part'), h('dd', null, `${units(estimate.unitsPerSegment)}, header ${plural(estimate.headerOctets, 'octet')}`)),
    tablesUsed(estimate) ? h('div', null, h('dt', null, 'National tables'), h('dd', { id: 'tables' }, tablesUsed(estimate))) : null,
  );
  fill(
    'reason',
    model.reason,
    estimate.exceedsMaxParts ? h('strong', { class: 'error-text' }, ` Too long: ${estimate.smsCount} parts exceed the limit of ${estimate.maxParts}.`) : null,
  );
  renderMirror(model);
  renderSuggestion(model.suggestion, estimate.smsCount);
  renderMap(model);
  renderParts(model);
  renderBodies(model);
}

/** The national language tables an estimate uses, as words, or ''. */
function tablesUsed(/** @type {{ lockingShiftCode?: string, singleShiftCode?: string }} */ estimate) {
  const languages = /** @type {Record<string, { name: string }>} */ (smshex.NATIONAL_LANGUAGES);
  const name = (/** @type {string} */ code) => languages[code]?.name ?? code;
  const used = [];
  if (estimate.lockingShiftCode) used.push(`${name(estimate.lockingShiftCode)} locking shift`);
  if (estimate.singleShiftCode) used.push(`${name(estimate.singleShiftCode)} single shift`);
  return used.join(', ');
}

/** @param {string} text @param {{ code?: string, message: string, index?: number }} error */
function renderEncodeError(text, error) {
  byId('composer-output').hidden = true;
  const marks = error.index === undefined ? [] : [{ start: error.index, end: error.index + ((text.codePointAt(error.index) ?? 0) > 0xffff ? 2 : 1), className: 'error', label: error.message }];
  fill(
    'encode-error',
    h('p', { class: 'error-text' }, h('strong', null, error.code ?? 'Error'), ': ', error.message),
    error.index === undefined ? null : h('pre', { class: 'mirror', id: 'error-mirror' }, markedText(text, marks)),
  );
  current = null;
}

/** The text with the characters that forced UCS-2 (and GSM extension characters) marked in place. */
function renderMirror(/** @type {import('./compose.js').Composition} */ model) {
  const marks = [];
  const gsm = model.estimate?.encoding === 'gsm7';
  for (let i = 0; i < model.text.length; ) {
    const char = String.fromCodePoint(/** @type {number} */ (model.text.codePointAt(i)));
    if (model.forced?.has(char)) marks.push({ start: i, end: i + char.length, className: 'forced', label: `${codePointLabel(char)} is not in the GSM 7-bit tables` });
    i += char.length;
  }
  if (gsm) {
    for (const part of model.map) {
      for (const cell of part.cells) {
        if (cell.kind === 'extension') marks.push({ start: cell.index, end: cell.index + 1, className: 'ext', label: 'extension character: 2 septets' });
      }
    }
  }
  const mirror = fill('text-mirror', model.text === '' ? h('span', { class: 'muted' }, '(empty: still one SMS)') : markedText(model.text, marks));
  mirror.setAttribute('data-marks', String(marks.length));
}

/** @param {import('./compose.js').Suggestion | null} suggestion @param {number} smsCount */
function renderSuggestion(suggestion, smsCount) {
  if (!suggestion) {
    fill('suggestion').hidden = true;
    return;
  }
  if (suggestion.kind === 'language') {
    const use = h('button', { type: 'button', id: 'apply-suggestion' }, `Use the ${suggestion.languageName} table`);
    use.addEventListener('click', () => {
      $.language.value = suggestion.language ?? '';
      renderComposer();
    });
    const said = `the ${suggestion.languageName} national language table codes it as GSM 7-bit in ${plural(suggestion.smsCount, 'part')} instead of ${smsCount}, every letter kept (if the recipients' handsets support the table).`;
    fill('suggestion', h('p', null, h('strong', null, 'Suggestion: '), said), use).hidden = false;
    return;
  }
  const list = suggestion.grouped.slice(0, 10).map((r) => `${r.from} → ${r.to}${r.count > 1 ? ` ×${r.count}` : ''}`).join(', ');
  const more = suggestion.grouped.length > 10 ? ` and ${suggestion.grouped.length - 10} more kinds` : '';
  const outcome =
    suggestion.encoding === 'gsm7'
      ? `it would go as GSM 7-bit in ${plural(suggestion.smsCount, 'part')} instead of ${smsCount}.`
      : `it would still need UCS-2 because of ${suggestion.remaining.slice(0, 6).join(' ')}, but in ${plural(suggestion.smsCount, 'part')} instead of ${smsCount}.`;
  const button = h('button', { type: 'button', id: 'apply-suggestion' }, 'Use the transliterated text');
  button.addEventListener('click', () => {
    $.text.value = suggestion.text;
    renderComposer();
    $.text.focus();
  });
  const box = fill('suggestion', h('p', null, h('strong', null, 'Suggestion: '), `transliterating ${list}${more} (profile NON_UNICODE): `, outcome), button);
  box.hidden = false;
}

/** The per-character map, coloured by part. */
function renderMap(/** @type {import('./compose.js').Composition} */ model) {
  const runs = [];
  let drawn = 0;
  for (const part of model.map) {
    if (drawn >= MAP_LIMIT) break;
    const cells = [];
    for (const cell of part.cells) {
      if (drawn++ >= MAP_LIMIT) break;
      const kind = cell.kind === 'extension' ? ' (extension character: escape 1b and a septet)' : cell.kind === 'surrogate-pair' ? ' (surrogate pair: two UTF-16 units)' : '';
      cells.push(
        h(
          'span',
          { class: `cell ${cell.kind}${cell.forced ? ' forced' : ''}`, title: `${codePointLabel(cell.char)} at index ${cell.index}: ${cell.units.join(' ')}${kind}` },
          h('span', { class: 'char' }, visible(cell.char)),
          h('span', { class: 'units' }, ...cell.units.map((u) => h('span', { class: 'unit' }, u))),
        ),
      );
    }
    runs.push(
      h(
        'div',
        { class: `run part-${(part.part - 1) % PART_COLOURS}`, 'data-part': part.part, role: 'group', 'aria-label': `Part ${part.part}: ${plural(part.units, model.unit ?? 'unit')}` },
        h('span', { class: 'run-label', 'aria-hidden': 'true' }, `Part ${part.part} · ${part.units}`),
        ...cells,
      ),
    );
  }
  const total = model.map.reduce((sum, part) => sum + part.cells.length, 0);
  fill(
    'char-map',
    ...runs,
    total > MAP_LIMIT ? h('p', { class: 'muted' }, `Showing the first ${MAP_LIMIT} of ${total} characters.`) : null,
    total === 0 ? h('p', { class: 'muted' }, 'Type some text to see its characters.') : null,
  );
}

/** Each part: its header broken down and its spaced hex. */
function renderParts(/** @type {import('./compose.js').Composition} */ model) {
  if (!model.payloads || !model.parts) {
    fill('parts', model.bodyError ? h('li', { class: 'error-text' }, pageErrorText(model.bodyError)) : null);
    return;
  }
  const payloads = model.payloads;
  const items = payloads.slice(0, PART_LIMIT).map((binary, n) => {
    const part = /** @type {NonNullable<typeof model.parts>[number]} */ (model.parts?.[n]);
    const result = smshex.safeParseHex(binary.hex);
    const bytes = result.ok ? result.bytes : new Uint8Array(0);
    const hasUdh = (binary.esmClass & 0x40) !== 0;
    const udh = hasUdh ? udhBreakdown(bytes) : null;
    const udhLength = udh ? udh.length : 0;
    const hexWords = binary.hex === '' ? [] : binary.hex.split(' ');
    return h(
      'li',
      { class: `part-card part-${n % PART_COLOURS}`, 'data-part': n + 1 },
      h(
        'h4',
        null,
        `Part ${n + 1} of ${payloads.length}`,
        h('span', { class: 'muted' }, ` · ${plural(part.units, model.unit ?? 'unit')} · ${plural(bytes.length, 'octet')} of hex · esmClass ${binary.esmClass}`),
      ),
      h('p', { class: 'part-text' }, h('span', { class: 'visually-hidden' }, 'Text: '), part.text === '' ? h('span', { class: 'muted' }, '(empty)') : part.text),
      udh ? udhTable(udh) : h('p', { class: 'muted' }, 'No User Data Header: a single part is sent as is, esmClass 0.'),
      h(
        'p',
        { class: 'hex-line' },
        h('span', { class: 'visually-hidden' }, 'Hex: '),
        h('code', { class: 'hex' }, udhLength > 0 ? h('span', { class: 'udh-octets', title: 'User Data Header' }, hexWords.slice(0, udhLength).join(' ')) : null, udhLength > 0 && hexWords.length > udhLength ? ' ' : '', hexWords.slice(udhLength).join(' ')),
      ),
    );
  });
  fill('parts', ...items, payloads.length > PART_LIMIT ? h('li', { class: 'muted' }, `… and ${payloads.length - PART_LIMIT} more parts (all are in the body below).`) : null);
}

/** A header's breakdown as a table. @param {ReturnType<typeof udhBreakdown>} udh */
function udhTable(udh) {
  const header = ['Offset', 'Octets', 'Field', 'Meaning'].map((name) => h('th', { scope: 'col' }, name));
  return h(
    'table',
    { class: 'udh' },
    h('caption', null, `User Data Header: ${plural(udh.length, 'octet')}`),
    h('thead', null, h('tr', null, ...header)),
    h('tbody', null, ...udh.rows.map((row) => h('tr', null, h('td', null, String(row.offset)), h('td', null, h('code', null, row.octets)), h('td', null, row.field), h('td', null, row.meaning)))),
  );
}

/** The composer's inputs by the path of a builder error: `[0, 'reference']` is the reference field. */
const FIELD_OF = /** @type {Record<string, HTMLElement>} */ ({ reference: $.reference, referenceBits: $.referenceBits, to: $.to, from: $.from, endpoint: $.endpoint });

/** `REFERENCE_INVALID at [0].reference: …`. @param {import('./compose.js').PageError} error */
function pageErrorText(error) {
  return `${error.code ?? 'Error'}${error.path === undefined ? '' : ` at ${formatPath(error.path)}`}: ${error.message}`;
}

function renderBodies(/** @type {import('./compose.js').Composition} */ model) {
  const error = model.bodyError;
  const field = error?.path?.find((key) => typeof key === 'string' && Object.hasOwn(FIELD_OF, key));
  for (const [key, element] of Object.entries(FIELD_OF)) {
    if (key === field) element.setAttribute('aria-invalid', 'true');
    else element.removeAttribute('aria-invalid');
  }
  fill(
    'body-error',
    error
      ? h(
          'p',
          { class: 'error-text', id: 'body-error-text', 'data-code': error.code, 'data-path': error.path === undefined ? undefined : formatPath(error.path) },
          'Cannot build the body: ',
          h('strong', { class: 'code' }, error.code ?? 'Error'),
          error.path === undefined ? '' : ' at ',
          error.path === undefined ? '' : h('code', { class: 'path' }, formatPath(error.path)),
          ': ',
          h('span', { class: 'message' }, error.message),
        )
      : null,
  );
  fill(
    'body-issues',
    ...model.bodyIssues.map((issue) =>
      h('li', { class: `issue ${issue.severity}`, 'data-code': issue.code }, h('span', { class: 'severity' }, issue.severity), ' ', h('code', { class: 'path' }, formatPath(issue.path)), ' ', h('code', { class: 'code' }, issue.code), h('br'), h('span', { class: 'message' }, issue.message)),
    ),
  );
  const failed = error ? 'No body: see the error above.' : '';
  fill('json-body', failed || model.json);
  fill('xml-body', failed || model.xml || model.xmlNote);
  /** @type {HTMLButtonElement} */ (byId('copy-json')).disabled = failed !== '';
  /** @type {HTMLButtonElement} */ (byId('copy-xml')).disabled = failed !== '' || model.xml === '';
}

/** @param {'json' | 'xml'} which */
async function copyBody(which) {
  const text = current ? current[which] : '';
  if (!text) return;
  const ok = await copyText(text);
  const status = byId('copy-status');
  status.textContent = ok ? `${which.toUpperCase()} body copied (${plural(text.length, 'character')}).` : `Could not copy: select the ${which.toUpperCase()} text and copy it by hand.`;
  status.dataset.copied = ok ? which : '';
}

// --------------------------------------------------------------- validator

function renderCheck() {
  const input = $.checkInput.value;
  const result = check(input, { strict: $.strict.checked, dataCoding: Number($.checkDataCoding.value), udhi: $.udhi.checked });
  const summary = byId('check-summary');
  summary.dataset.ok = String(result.ok);
  /** @type {HTMLFieldSetElement} */ (byId('hex-options')).disabled = result.kind === 'json';
  if (result.kind === 'empty') {
    summary.textContent = 'Paste hex (0f c2 4a bf) or a JSON request body ({"messages": [...]}).';
    fill('check-issues');
    fill('check-mirror').hidden = true;
    fill('check-decoded');
    return;
  }
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  const what = result.kind === 'hex' ? 'Hex' : result.endpoint === undefined ? 'JSON body' : `JSON body for ${result.endpoint} (told from its fields)`;
  summary.textContent =
    result.issues.length === 0
      ? `${what}: no issues.`
      : `${what}: ${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}.`;
  fill(
    'check-issues',
    ...result.issues.map((issue, n) =>
      h(
        'li',
        { class: `issue ${issue.severity}`, 'data-code': issue.code, 'data-index': issue.index },
        h('span', { class: 'severity' }, issue.severity),
        ' ',
        h('code', { class: 'path' }, formatPath(issue.path)),
        issue.index === undefined ? '' : h('span', { class: 'at' }, ` at index ${issue.index}`),
        ' ',
        h('code', { class: 'code' }, issue.code),
        h('br'),
        h('span', { class: 'message' }, issue.message),
        issue.mark ? ' ' : null,
        issue.mark ? selectButton(issue.mark, n) : null,
      ),
    ),
  );
  const marks = result.issues.flatMap((issue) => (issue.mark ? [{ ...issue.mark, className: issue.severity, label: issue.message }] : []));
  const mirror = fill('check-mirror', marks.length > 0 ? markedText(input, marks) : null);
  mirror.hidden = marks.length === 0;
  renderDecoded(result);
}

/** A button that selects the offending characters in the input. */
function selectButton(/** @type {{ start: number, end: number }} */ mark, /** @type {number} */ n) {
  const button = h('button', { type: 'button', class: 'small', 'aria-label': `Select issue ${n + 1} in the input` }, 'Show');
  button.addEventListener('click', () => {
    $.checkInput.focus();
    $.checkInput.setSelectionRange(mark.start, Math.max(mark.end, mark.start));
  });
  return button;
}

/** @param {ReturnType<typeof check>} result */
function renderDecoded(result) {
  const { decoded, bytes: all, hex } = result;
  if (!decoded || !all || hex === undefined) {
    fill('check-decoded');
    return;
  }
  const udh = decoded.udh ? udhBreakdown(all) : null;
  fill(
    'check-decoded',
    h('p', null, 'Normalized: ', h('code', { class: 'hex', id: 'check-normalized' }, hex), ` (${plural(all.length, 'octet')})`),
    udh ? udhTable(udh) : null,
    decoded.text === undefined ? null : h('p', null, 'Text: ', h('q', { id: 'check-text' }, decoded.text)),
  );
}

// ------------------------------------------------------------------ set up

/** The language select: none, automatic, and every table of TS 23.038 Annex A. */
function setUpLanguages() {
  $.language.append(h('option', { value: 'auto' }, 'Automatic: the tables that give the fewest parts'));
  for (const [code, language] of Object.entries(smshex.NATIONAL_LANGUAGES)) {
    $.language.append(h('option', { value: code }, `${language.name} (${code}, identifier ${language.identifier})`));
  }
}

function start() {
  byId('not-built').hidden = true;
  byId('app').hidden = false;
  setUpLanguages();
  for (const element of [$.text, $.reference, $.to, $.from]) element.addEventListener('input', renderComposer);
  for (const element of [$.dataCoding, $.referenceBits, $.language, $.keepGraphemes, $.endpoint]) element.addEventListener('change', renderComposer);
  for (const element of [$.checkInput]) element.addEventListener('input', renderCheck);
  for (const element of [$.strict, $.checkDataCoding, $.udhi]) element.addEventListener('change', renderCheck);
  byId('copy-json').addEventListener('click', () => void copyBody('json'));
  byId('copy-xml').addEventListener('click', () => void copyBody('xml'));
  renderComposer();
  renderCheck();
  document.documentElement.dataset.ready = 'true';
}

start();
