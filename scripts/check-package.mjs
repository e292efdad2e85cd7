#!/usr/bin/env node
/**
 * Checks the package as users get it: `npm pack`; the tarball holds only
 * dist/, README.md, LICENSE and package.json; installed offline (its one
 * runtime dependency, iconv-lite, is in npm's cache after `npm ci`) into a
 * temporary project, it is loaded with both
 * `import` and `require` and builds the provider's two examples, and its
 * `smshex/twin` starts and answers through both; publint and
 * @arethetypeswrong/cli report nothing; and what a bundler keeps of the
 * package for each use (minified + gzip) stays within its budget in BUNDLES,
 * the core's being the issue's 12 kB. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The codec core: hex, errors, GSM 7-bit (default alphabet, packing), UCS-2, text coding. */
const CORE = [
  'SmsHexError', 'toHex', 'parseHex', 'validateHex', 'encodeGsm7', 'decodeGsm7', 'isGsm7',
  'packSeptets', 'unpackSeptets', 'encodeUcs2', 'decodeUcs2', 'encodeText', 'decodeText',
];

/**
 * What a bundler (esbuild, minified, then gzip -9) keeps of `smshex` for each
 * use, and the most bytes allowed. The modules are side-effect free and every
 * table is built in a `/* @__PURE__ *\/` call, so each use pays only for what it
 * imports: the 13 national languages (about 4.5 kB) come only with
 * `NATIONAL_LANGUAGES`, a language constant, `preview`, or decoding (a received
 * header may name any language). `absent` names text that must not be in the
 * bundle: the national tables' spec references.
 */
const BUNDLES = [
  { use: 'SmsHexError alone', names: ['SmsHexError'], budget: 1_000, absent: 'Annex A.2.' },
  { use: 'the core (hex, GSM 7-bit, UCS-2, encodeText/decodeText)', names: CORE, budget: 12_000, absent: 'Annex A.2.' },
  { use: 'estimateSegments', names: ['estimateSegments'], budget: 12_000, absent: 'Annex A.2.' },
  { use: 'estimateSegments with TURKISH', names: ['estimateSegments', 'TURKISH'], budget: 12_000, absent: 'Annex A.3.4' },
  { use: 'buildBinaryMessages, buildMultiRequest', names: ['buildBinaryMessages', 'buildMultiRequest'], budget: 16_000, absent: 'Annex A.2.' },
  { use: 'validateBinaryRequest', names: ['validateBinaryRequest'], budget: 20_000 },
  { use: 'everything smshex exports', names: undefined, budget: 32_000 },
];

const ALLOWED_FILE = /^(dist\/.+|README\.md|LICENSE|package\.json)$/;
const REQUIRED_FILES = [
  'package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts',
  'dist/twin.js', 'dist/twin.cjs', 'dist/twin.d.ts', 'dist/twin.d.cts',
];

/** The provider's two examples of POST /sms/1/binary/multi, as smshex must build them. */
const EXAMPLES = [
  { text: 'Test message.', dataCoding: 0, hex: '54 65 73 74 20 6d 65 73 73 61 67 65 2e' },
  { text: '测试短信。', dataCoding: 8, hex: '6d 4b 8b d5 77 ed 4f e1 30 02' },
];

const failures = [];
const fail = (message) => {
  failures.push(message);
  console.error(`  FAIL ${message}`);
};
const ok = (message) => console.log(`  ok   ${message}`);
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

if (!existsSync(join(ROOT, 'dist/index.js'))) {
  console.error('check-package: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'smshex-package-'));
try {
  console.log('check-package: the package as users get it');

  // 1. npm pack, and what the tarball holds.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((f) => f.path);
  const stray = files.filter((f) => !ALLOWED_FILE.test(f));
  const missing = REQUIRED_FILES.filter((f) => !files.includes(f));
  if (stray.length > 0) fail(`tarball holds files outside dist/, README.md, LICENSE, package.json: ${stray.join(', ')}`);
  if (missing.length > 0) fail(`tarball lacks ${missing.join(', ')}`);
  if (stray.length === 0 && missing.length === 0) ok(`tarball ${packed.filename}: ${files.length} files, ${packed.size} bytes packed`);

  // 2. Installed into a fresh project, through import and require.
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], consumer);
  const program = (load) => `${load}
const examples = ${JSON.stringify(EXAMPLES.map((e) => e.text))}.map((text) => {
  const { hex, dataCoding } = smshex.encodeText(text);
  return { text, hex, dataCoding };
});
const legacyHex = smshex.encodeText('café', { dataCoding: 3, codings: legacy.LEGACY_CODINGS }).hex;
console.log(JSON.stringify({ exports: Object.keys(smshex).filter((k) => k !== 'default').sort(), examples, legacyHex }));
`;
  writeFileSync(join(consumer, 'esm.mjs'), program("import * as smshex from 'smshex';\nimport * as legacy from 'smshex/legacy';"));
  writeFileSync(join(consumer, 'cjs.cjs'), program("const smshex = require('smshex');\nconst legacy = require('smshex/legacy');"));
  const results = {};
  for (const [name, file] of [['import', 'esm.mjs'], ['require', 'cjs.cjs']]) {
    try {
      results[name] = JSON.parse(run(process.execPath, [file], consumer));
      const got = results[name].examples;
      const wrong = EXAMPLES.filter((e, i) => got[i]?.text !== e.text || got[i]?.hex !== e.hex || got[i]?.dataCoding !== e.dataCoding);
      if (wrong.length > 0) fail(`${name}: provider examples differ: ${JSON.stringify(results[name].examples)}`);
      else ok(`${name}('smshex') builds both provider examples`);
      if (results[name].legacyHex !== '63 61 66 e9') fail(`${name}('smshex/legacy'): ISO-8859-1 gave ${results[name].legacyHex}`);
      else ok(`${name}('smshex/legacy') encodes Latin-1`);
    } catch (error) {
      fail(`${name}('smshex') failed: ${error.stderr ?? error.message}`);
    }
  }
  // smshex/twin (Node only): started on 127.0.0.1, port 0, sent smshex's own body, closed.
  const twinProgram = (load) => `${load}
const twin = await startTwin({ seed: 1 });
try {
  const body = JSON.stringify(smshex.buildMultiRequest([{ from: 'InfoSMS', to: '41793026727', text: 'Test message.' }]));
  const response = await fetch(twin.url + '/sms/1/binary/multi', { method: 'POST', headers: { Authorization: 'App key', 'Content-Type': 'application/json' }, body });
  const answer = await response.json();
  console.log(JSON.stringify({ status: response.status, smsCount: answer.messages[0].smsCount, logged: twin.requests.length }));
} finally {
  await twin.close();
}
`;
  writeFileSync(join(consumer, 'twin-esm.mjs'), twinProgram("import * as smshex from 'smshex';\nimport { startTwin } from 'smshex/twin';"));
  writeFileSync(join(consumer, 'twin-cjs.cjs'), `(async () => {\n${twinProgram("const smshex = require('smshex');\nconst { startTwin } = require('smshex/twin');")}\n})().catch((e) => { console.error(e); process.exit(1); });`);
  for (const [name, file] of [['import', 'twin-esm.mjs'], ['require', 'twin-cjs.cjs']]) {
    try {
      const got = JSON.parse(run(process.execPath, [file], consumer));
      if (got.status !== 200 || got.smsCount !== 1 || got.logged !== 1) fail(`${name}('smshex/twin'): ${JSON.stringify(got)}`);
      else ok(`${name}('smshex/twin') starts the twin, which answers smshex's body 200`);
    } catch (error) {
      fail(`${name}('smshex/twin') failed: ${error.stderr ?? error.message}`);
    }
  }
  if (results.import && results.require && JSON.stringify(results.import.exports) !== JSON.stringify(results.require.exports)) {
    fail(`import and require expose different names: ${results.import.exports} vs ${results.require.exports}`);
  }

  // 3. publint, on the package as installed from the tarball (every file there is published), suggestions included.
  const installed = join(consumer, 'node_modules/smshex');
  const lint = await publint({ pkgDir: installed, level: 'suggestion', strict: true, pack: false });
  if (lint.messages.length > 0) {
    for (const m of lint.messages) fail(`publint ${m.type}: ${formatMessage(m, lint.pkg) ?? m.code}`);
  } else ok('publint reports nothing');

  // 4. Are the types wrong? (node16 CJS and ESM, bundler; not node10, which knows no `exports` and so no
  // `smshex/legacy`: the package needs Node >= 20, whose resolution is node16's.)
  try {
    run(join(ROOT, 'node_modules/.bin/attw'), [tarball, '--format', 'ascii', '--profile', 'node16'], ROOT);
    ok('@arethetypeswrong/cli reports nothing');
  } catch (error) {
    fail(`@arethetypeswrong/cli reports problems:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }

  // 5. Bundle size per use: what esbuild keeps of dist/index.js for these imports, minified, then gzipped.
  for (const { use, names, budget, absent } of BUNDLES) {
    const entry = join(ROOT, 'dist/index.js');
    const contents = names === undefined ? `export * from ${JSON.stringify(entry)};` : `export { ${names.join(', ')} } from ${JSON.stringify(entry)};`;
    const bundle = await build({
      stdin: { contents, resolveDir: ROOT, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      logLevel: 'silent',
    });
    const minified = bundle.outputFiles[0].contents;
    const gzipped = gzipSync(minified, { level: 9 }).length;
    const line = `bundle of ${use}: ${minified.length} bytes minified, ${gzipped} bytes minified + gzip (budget ${budget})`;
    if (gzipped > budget) fail(line);
    else if (absent !== undefined && bundle.outputFiles[0].text.includes(absent)) fail(`${line}: holds ${JSON.stringify(absent)}, which it does not use`);
    else ok(line);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`check-package: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('check-package: all checks passed');
