import { TRANSLITERATION_TABLES } from '../../../src/text/transliterate/transliterate.js';

/** Renders docs/transliteration.md from the profile tables, so the documented tables are the code's. */
export function renderTransliterationDoc(): string {
  const lines = [
    '---',
    'title: Transliteration',
    '---',
    '',
    '# Transliteration profiles',
    '',
    'Generated from `src/text/transliterate/` by `test/text/transliterate/transliterate.test.ts`',
    '(run `UPDATE_DOCS=1 npx vitest run test/text/transliterate` after changing a table).',
    '',
    'Transliteration is never applied unless asked for (`transliterate` option or the',
    '`transliterate()` function), only touches characters outside the GSM 7-bit tables in use,',
    'and every replacement is reported as `{ index, from, to }`. `NON_UNICODE` applies every',
    'table below and then drops combining diacritics where the base letter is GSM 7-bit.',
    '',
    '## The `\'smart\'` rule: replaced only when it pays',
    '',
    'With the `transliterate` option of `estimateSegments`, `splitText`, `buildBinaryMessages`,',
    '`buildRequest`, `estimateMany`, `buildMany`, `preview` and the CLI\'s `--transliterate`, a profile list that',
    'includes `\'smart\'` (and not `NON_UNICODE`) is applied only when the replacements',
    '',
    '- change the coding from UCS-2 to GSM 7-bit without adding a part, or',
    '- lower the part count.',
    '',
    'Otherwise the text is sent unchanged, `replacements` is empty, and `reason` says that the',
    'replacements would save nothing: `你好，世界` keeps its full-width comma, and `—` beside an emoji',
    'stays an em dash, since both texts stay UCS-2 in one part either way. The rule never costs a part:',
    'a text of many `…` that would take more GSM 7-bit parts as `...` than UCS-2 parts is left as it is.',
    'Where the coding is forced to GSM 7-bit (`dataCoding: 0`) or a legacy coding, the replacements',
    'are what make the text fit, so they are always made. The other profiles, `NON_UNICODE` and the',
    '`transliterate()` function itself replace unconditionally: they are asked for by name.',
    '',
  ];
  for (const table of Object.values(TRANSLITERATION_TABLES)) {
    lines.push(`## ${table.name}`, '', table.description + '.', '', '| from | code point | to |', '|---|---|---|');
    for (const [from, to] of Object.entries(table.map)) {
      const code = [...from].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
      const shown = (s: string): string => (s === '' ? '(dropped)' : `\`${s.replace(/\n/g, '\\n').replace(/\|/g, '\\|').replace(/`/g, 'ˋ')}\``);
      const invisible = /^[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u00ad\ufeff\u3000]$/u.test(from);
      const fromShown = from === '`' ? '(backtick)' : invisible ? '(invisible or space)' : shown(from);
      lines.push(`| ${fromShown} | ${code} | ${shown(to)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
