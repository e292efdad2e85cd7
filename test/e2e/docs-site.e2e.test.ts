/**
 * End to end: the documentation site that `npm run docs` builds (here into a
 * temporary folder, by scripts/build-docs.mjs), opened from file:// in
 * Debian's Chromium: a page of each kind loads with no console error, no
 * failed request and no page error and its icons resolve in the page; no page
 * refers to the icon file Chromium refuses from file://, and every local link
 * points to a file of the site. Needs `npm run build` (the playground's
 * script is bundled from dist/index.js). Screenshots go to test-results/.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ES module scripts without type declarations
import { buildDocs } from '../../scripts/build-docs.mjs';
// @ts-expect-error: as above
import { CHROMIUM, launchChromium } from '../../scripts/chromium.mjs';

const RESULTS = join(import.meta.dirname, '..', '..', 'test-results');
/** Without Chromium the suite is skipped locally and fails in CI (.ci/run installs it). */
const SKIP = !existsSync(CHROMIUM) && process.env.CI === undefined;
if (SKIP) console.warn(`docs site e2e skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

let site: string;
let browser: { context: BrowserContext; close: () => Promise<void> };

beforeAll(async () => {
  if (SKIP) return;
  site = await buildDocs(mkdtempSync(join(tmpdir(), 'smshex-site-')));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (site !== undefined) rmSync(site, { recursive: true, force: true });
});

const pages = (): string[] =>
  readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)));

/** Opens a page of the site from disk and collects what went wrong while it loaded. */
async function open(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  await page.goto(pathToFileURL(join(site, path)).href);
  await page.waitForLoadState('load');
  return problems;
}

describe.skipIf(SKIP)('the docs site from file://', { timeout: 120_000 }, () => {
  it('has the README as its front page, the guides, the API of both entries and the playground', () => {
    const front = readFileSync(join(site, 'index.html'), 'utf8');
    expect(front).toContain('npm run docs');
    const all = pages();
    for (const page of ['documents/Concepts.html', 'documents/Cookbook.html', 'documents/Error_codes.html', 'documents/Command_line.html']) {
      expect(all).toContain(page);
      expect(front).toContain(`href="${page}"`);
    }
    expect(all).toContain('modules/smshex.html');
    expect(all).toContain('modules/smshex_legacy.html');
    expect(all).toContain('functions/smshex.buildBinaryMessages.html');
    expect(all).toContain('playground/index.html');
    expect(front).toContain('href="playground/index.html"');
  });

  it('links only to files it has', () => {
    const broken: string[] = [];
    for (const page of pages()) {
      const html = readFileSync(join(site, page), 'utf8');
      for (const [, href] of html.matchAll(/(?:href|src)="([^"#?]+)[^"]*"/g)) {
        if (href === undefined || /^[a-z]+:/.test(href)) continue;
        if (!existsSync(join(site, dirname(page), href))) broken.push(`${page}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each([
    ['index.html', 'front'],
    ['modules/smshex.html', 'module'],
    ['functions/smshex.buildBinaryMessages.html', 'function'],
    ['documents/Cookbook.html', 'guide'],
    ['playground/index.html', 'playground'],
  ])('opens %s with no console error, its icons drawn from the page itself', async (path, name) => {
    const page = await browser.context.newPage();
    const problems = await open(page, path);
    if (name === 'playground') await page.waitForSelector('html[data-ready="true"]');
    const icons = await page.evaluate(() =>
      Array.from(document.querySelectorAll('use'), (use) => {
        const href = use.getAttribute('href') ?? '';
        return href.startsWith('#') && document.getElementById(href.slice(1)) !== null ? 'ok' : href;
      }).filter((result) => result !== 'ok'),
    );
    expect(problems).toEqual([]);
    expect(icons).toEqual([]);
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, `docs-${name}.png`) });
    await page.close();
  });

  it('refers to no icon file in any page: the same page-local icons as the pages opened above', () => {
    const external = pages().filter((page) => readFileSync(join(site, page), 'utf8').includes('icons.svg#'));
    expect(external).toEqual([]);
  });
});
