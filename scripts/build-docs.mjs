#!/usr/bin/env node
/**
 * Builds the documentation site, docs/site/ (git-ignored), one static folder
 * for any static host or for opening from disk:
 *
 * - typedoc (typedoc.json): the README as the front page, the API of
 *   `smshex` and `smshex/legacy`, the guides (docs/*.md) and
 *   the changelog as documents;
 * - the playground, its script bundled from dist/index.js, under playground/;
 *   the README's links to docs/playground/index.html (which typedoc copies
 *   into media/, without its script) are pointed there.
 *
 * From file:// Chromium refuses the `<use href="assets/icons.svg#…">` icon
 * references (each file is its own origin) and logs an error for each, so
 * they are made page-local (`#icon-…`): assets/icons.js puts the same symbols
 * into every page, and typedoc's own script does exactly this rewrite on
 * file://, only too late.
 *
 * Run through `npm run docs`, which builds dist/ and type-checks the playground first.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlayground } from './build-playground.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SITE_DIR = join(ROOT, 'docs', 'site');
const PLAYGROUND_DIR = join(ROOT, 'docs', 'playground');
/** The playground's page and style, copied beside its script. */
const PLAYGROUND_FILES = ['index.html', 'style.css'];

/** Every .html file under a folder. */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Builds the site into `out` (by default docs/site/); returns the folder. */
export async function buildDocs(out = SITE_DIR) {
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out], { cwd: ROOT, stdio: 'inherit' });

  const playground = join(out, 'playground');
  mkdirSync(playground, { recursive: true });
  for (const file of PLAYGROUND_FILES) copyFileSync(join(PLAYGROUND_DIR, file), join(playground, file));
  await buildPlayground(join(playground, 'playground.js'));
  rmSync(join(out, 'media', 'index.html'), { force: true });

  for (const file of htmlFiles(out)) {
    if (file.startsWith(playground)) continue;
    const toRoot = relative(dirname(file), out).split('\\').join('/');
    const prefix = toRoot === '' ? '' : `${toRoot}/`;
    const html = readFileSync(file, 'utf8')
      .replace(/href="(?:\.\.\/)*assets\/icons\.svg#/g, 'href="#')
      .replace(/href="(?:\.\.\/)*(?:media|docs\/playground)\/index\.html"/g, `href="${prefix}playground/index.html"`);
    writeFileSync(file, html);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildDocs();
  console.log(`built ${relative(ROOT, out)}/index.html (open it from disk, or serve the folder)`);
}
