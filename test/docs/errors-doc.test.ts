import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * docs/errors.md documents every error code: each code of the
 * SmsHexErrorCode union in src/errors.ts has a row of its own.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const errorsSource = readFileSync(join(root, 'src/errors.ts'), 'utf8');
const errorsDoc = readFileSync(join(root, 'docs/errors.md'), 'utf8');

const union = /export type SmsHexErrorCode =([\s\S]*?);/.exec(errorsSource)?.[1] ?? '';
const codes = [...union.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1] as string);

describe('docs/errors.md', () => {
  it('finds the codes in src/errors.ts', () => {
    expect(codes.length).toBeGreaterThan(20);
  });
  it.each(codes)('has a row for %s', (code) => {
    expect(errorsDoc).toContain(`| \`${code}\` |`);
  });
});
