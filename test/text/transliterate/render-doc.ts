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
