/**
 * End to end: the playground page in Debian's Chromium, served over HTTP by
 * scripts/serve-playground.mjs and opened from file://. Needs `npm run build`
 * (the bundle is built here from dist/index.js).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS, validateRequest } from '../../src/index.js';
// @ts-expect-error: plain ES module scripts without type declarations
import { buildPlayground, PLAYGROUND_DIR } from '../../scripts/build-playground.mjs';
// @ts-expect-error: plain ES module scripts without type declarations
import { startServer } from '../../scripts/serve-playground.mjs';
// @ts-expect-error: as above
import { CHROMIUM, launchChromium } from '../../scripts/chromium.mjs';

const RESULTS = join(import.meta.dirname, '..', '..', 'test-results');
/** Without Chromium the suite is skipped locally and fails in CI (.ci/run installs it). */
const SKIP = !existsSync(CHROMIUM) && process.env.CI === undefined;
/** Generous: the machine may be shared and busy. */
const TIMEOUT = 120_000;
if (SKIP) console.warn(`playground e2e skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let page: Page;

beforeAll(async () => {
  if (SKIP) return;
  await buildPlayground();
  server = await startServer({ port: 0 });
  browser = await launchChromium();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  expect(errors).toEqual([]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const text = (selector: string): Promise<string> => page.locator(selector).innerText();

describe.skipIf(SKIP)('composer', { timeout: TIMEOUT }, () => {
  it('shows 2 parts for a 161-character GSM text', async () => {
    await page.locator('#text').fill('a'.repeat(150));
    await page.locator('#text').press('End');
    await page.locator('#text').pressSequentially('a'.repeat(10));
    expect(await text('#sms-count')).toBe('1');
    await page.locator('#text').press('b');
    expect(await text('#sms-count')).toBe('2');
    expect(await page.locator('#coding').getAttribute('data-encoding')).toBe('gsm7');
    expect(await text('#units-used')).toBe('161 septets');
    expect(await text('#units-remaining')).toBe('145 septets');
    expect(await page.locator('#parts > li').count()).toBe(2);
    expect(await page.locator('#char-map .run').count()).toBe(2);
    expect(await page.locator('#parts > li').first().locator('code.hex .udh-octets').innerText()).toBe('05 00 03 2a 02 01');
  });

  it('switches to UCS-2 for an emoji and marks it in place', async () => {
    await page.locator('#text').fill('Party tonight ');
    await page.locator('#text').press('End');
    await page.keyboard.insertText('🎉');
    expect(await page.locator('#coding').getAttribute('data-encoding')).toBe('ucs2');
    expect(await text('#coding')).toContain('UCS-2');
    expect(await page.locator('#text-mirror mark.forced').allInnerTexts()).toEqual(['🎉']);
    expect(await text('#reason')).toContain('🎉');
    // The surrogate pair is one character of two UTF-16 units.
    const pair = page.locator('#char-map .cell.surrogate-pair');
    expect(await pair.locator('.unit').allInnerTexts()).toEqual(['d83c', 'df89']);
    expect(await text('#units-used')).toBe('16 UTF-16 units');
  });

  it('shows an extension character as two septets', async () => {
    await page.locator('#text').fill('10€');
    expect(await page.locator('#char-map .cell.extension .unit').allInnerTexts()).toEqual(['1b', '65']);
    expect(await page.locator('#text-mirror mark.ext').allInnerTexts()).toEqual(['€']);
  });

  it('codes Turkish in GSM 7-bit with the Turkish table and shows its header element', async () => {
    await page.locator('#text').fill("Şişli'de buluşalım");
    expect(await page.locator('#coding').getAttribute('data-encoding')).toBe('ucs2');
    await page.locator('#language').selectOption('tr');
    expect(await page.locator('#coding').getAttribute('data-encoding')).toBe('gsm7');
    expect(await text('#tables')).toContain('Turkish');
    expect(await page.locator('#parts table.udh').first().innerText()).toContain('national language');
    await page.locator('#language').selectOption('');
  });

  it('offers the transliteration that saves parts, each replacement once with its count, and applies it', async () => {
    await page.locator('#text').fill('“Quoted” – naïve. '.repeat(5));
    expect(await page.locator('#coding').getAttribute('data-encoding')).toBe('ucs2');
    expect(await text('#suggestion')).toContain('“ → " ×5, ” → " ×5, – → - ×5, ï → i ×5');
    expect(await text('#suggestion')).toContain('in 1 part instead of 2');
    await page.locator('#apply-suggestion').click();
    expect(await page.locator('#coding').getAttribute('data-encoding')).toBe('gsm7');
    expect(await page.locator('#text').inputValue()).toBe('"Quoted" - naive. '.repeat(5));
  });

  it('suggests nothing when transliterating saves no part', async () => {
    await page.locator('#text').fill('“Quoted” – naïve');
    expect(await page.locator('#suggestion').isHidden()).toBe(true);
  });

  it('suggests the Turkish table rather than the lossy profile for Turkish', async () => {
    await page.locator('#text').fill("Şişli'de buluşalım, saat üçte. ".repeat(3));
    expect(await text('#suggestion')).toContain('Turkish national language table');
    await page.locator('#apply-suggestion').click();
    expect(await page.locator('#language').inputValue()).toBe('tr');
    expect(await page.locator('#coding').getAttribute('data-encoding')).toBe('gsm7');
    expect(await text('#sms-count')).toBe('1');
    await page.locator('#language').selectOption('');
  });

  it('keeps a flag whole across parts when asked', async () => {
    await page.locator('#text').fill(`${'x'.repeat(65)}🇨🇭${'x'.repeat(10)}`);
    const firstPartUnits = () => page.locator('#char-map .run').first().getAttribute('aria-label');
    expect(await firstPartUnits()).toBe('Part 1: 67 UTF-16 units');
    await page.locator('#keep-graphemes').check();
    expect(await firstPartUnits()).toBe('Part 1: 65 UTF-16 units');
    await page.locator('#keep-graphemes').uncheck();
  });

  it('copies a JSON body that parses back to the messages shown', async () => {
    await page.locator('#text').fill('x'.repeat(200));
    await page.locator('#copy-json').click();
    await page.waitForFunction(() => document.getElementById('copy-status')?.dataset.copied === 'json');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const body = JSON.parse(copied);
    expect(body.messages).toHaveLength(2);
    expect(body.messages[0]).toMatchObject({ from: 'InfoSMS', to: '41793026727', binary: { dataCoding: 0, esmClass: 64 } });
    expect(body.messages[1].binary.hex.startsWith('05 00 03 2a 02 02 78')).toBe(true);
    expect(await text('#xml-body')).toContain('<esmClass>64</esmClass>');
  });

  it('shows the builder\'s typed error for a reference of 300 instead of clamping it to ff', async () => {
    await page.locator('#text').fill('x'.repeat(200));
    await page.locator('#reference').fill('300');
    const error = page.locator('#body-error-text');
    expect(await error.getAttribute('data-code')).toBe('REFERENCE_INVALID');
    expect(await error.getAttribute('data-path')).toBe('[0].reference');
    expect(await error.innerText()).toContain('reference must be an integer from 0 to 255, got 300');
    expect(await page.locator('#reference').getAttribute('aria-invalid')).toBe('true');
    expect(await text('#json-body')).toBe('No body: see the error above.');
    expect(await page.locator('#copy-json').isDisabled()).toBe(true);
    expect(await page.locator('#parts code.hex').count()).toBe(0);
    // With 16-bit references 300 is in range, and goes into the header as 01 2c.
    await page.locator('#reference-bits').selectOption('16');
    expect(await page.locator('#body-error-text').count()).toBe(0);
    expect(await page.locator('#reference').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#parts > li').first().locator('code.hex .udh-octets').innerText()).toBe('06 08 04 01 2c 02 01');
    await page.locator('#reference').fill('65536');
    expect(await page.locator('#body-error-text').getAttribute('data-code')).toBe('REFERENCE_INVALID');
    expect(await page.locator('#body-error-text').innerText()).toContain('from 0 to 65535, got 65536');
    await page.locator('#reference-bits').selectOption('8');
    await page.locator('#reference').fill('42');
    expect(await page.locator('#body-error-text').count()).toBe(0);
  });

  it('passes sender and destination as typed: the builder\'s error or the validator\'s warning, with code and path', async () => {
    await page.locator('#text').fill('Hi');
    await page.locator('#to').fill('4179302672x');
    expect(await page.locator('#body-error-text').getAttribute('data-code')).toBe('TO_INVALID');
    expect(await page.locator('#to').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#to').fill('+41793026727');
    expect(await page.locator('#body-error-text').count()).toBe(0);
    expect(await page.locator('#body-issues li.warning').getAttribute('data-code')).toBe('TO_FORMAT');
    expect(await page.locator('#body-issues li.warning .path').innerText()).toBe('messages[0].to');
    await page.locator('#to').fill('41793026727');
    await page.locator('#from').fill('A very long sender name');
    expect(await page.locator('#body-error-text').getAttribute('data-code')).toBe('FROM_INVALID');
    expect(await page.locator('#body-error-text').getAttribute('data-path')).toBe('[0].from');
    await page.locator('#from').fill('InfoSMS');
    expect(await page.locator('#body-issues li').count()).toBe(0);
  });

  it.each(ENDPOINTS)('builds the %s body through buildRequest; it validates clean', async (endpoint) => {
    await page.locator('#text').fill(endpoint === '/sms/1/binary/single' ? 'Test message.' : 'x'.repeat(200));
    await page.locator('#endpoint').selectOption(endpoint);
    const body = JSON.parse(await text('#json-body'));
    expect(validateRequest(body)).toEqual({ ok: true, endpoint, detected: true, issues: [] });
    if (endpoint.startsWith('/sms/1/')) expect(await text('#xml-body')).toMatch(/^<request>/);
    else {
      expect(await text('#xml-body')).toContain('JSON only');
      expect(await page.locator('#copy-xml').isDisabled()).toBe(true);
    }
    expect(await page.locator('#parts > li').count()).toBe(endpoint === '/sms/1/binary/single' ? 1 : 2);
  });

  it('shows why an envelope cannot carry the message: two parts for /sms/1/binary/single, no sender for /sms/3/messages', async () => {
    await page.locator('#endpoint').selectOption('/sms/1/binary/single');
    await page.locator('#text').fill('x'.repeat(200));
    expect(await page.locator('#body-error-text').getAttribute('data-code')).toBe('FIELD_UNSUPPORTED');
    expect(await text('#body-error-text')).toContain('/sms/1/binary/multi, /sms/2/binary/advanced and /sms/3/messages carry several');
    await page.locator('#endpoint').selectOption('/sms/3/messages');
    await page.locator('#from').fill('');
    expect(await page.locator('#body-error-text').getAttribute('data-code')).toBe('FROM_INVALID');
    expect(await page.locator('#from').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#from').fill('InfoSMS');
    await page.locator('#endpoint').selectOption('/sms/1/binary/multi');
  });

  it('is operable from the keyboard: Tab reaches the options and the copy button', async () => {
    await page.locator('#text').focus();
    const reached: string[] = [];
    for (let n = 0; n < 12; n++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(reached).toEqual(expect.arrayContaining(['data-coding', 'reference-bits', 'reference', 'to', 'from', 'copy-json']));
  });

  it('labels every control', async () => {
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea, button'))
        .filter((element) => !(element as HTMLElement).closest('[hidden]'))
        .filter((element) => {
          const labels = (element as HTMLInputElement).labels;
          const named = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
          return (labels === null || labels.length === 0) && (element.tagName !== 'BUTTON' || named === '');
        })
        .map((element) => element.id || element.outerHTML.slice(0, 60)),
    );
    expect(unlabelled).toEqual([]);
  });
});

describe.skipIf(SKIP)('validator', { timeout: TIMEOUT }, () => {
  it('reports the invalid character of "0f c2 4g" at index 7 and marks it', async () => {
    await page.locator('#check-input').fill('0f c2 4g');
    const issue = page.locator('#check-issues li');
    expect(await issue.count()).toBe(1);
    expect(await issue.getAttribute('data-code')).toBe('HEX_INVALID_CHAR');
    expect(await issue.getAttribute('data-index')).toBe('7');
    expect(await issue.innerText()).toContain('index 7');
    expect(await page.locator('#check-mirror mark.error').innerText()).toBe('g');
    expect(await page.locator('#check-mirror mark.error').getAttribute('data-index')).toBe('7');
  });

  it('decodes valid hex with its header', async () => {
    await page.locator('#udhi').check();
    await page.locator('#check-input').fill('05 00 03 2a 02 01 48 69');
    expect(await page.locator('#check-issues li').count()).toBe(0);
    expect(await text('#check-text')).toBe('Hi');
    expect(await page.locator('#check-decoded table.udh').innerText()).toContain('reference');
    await page.locator('#udhi').uncheck();
  });

  it('marks a bad hex inside a pasted JSON body', async () => {
    const body = JSON.stringify({ messages: [{ to: '+41793026727', binary: { hex: '0f c2 4g', dataCoding: 0, esmClass: 0 } }] }, null, 2);
    await page.locator('#check-input').fill(body);
    const issue = page.locator('#check-issues li.error', { hasText: 'messages[0].binary.hex' });
    expect(await issue.getAttribute('data-code')).toBe('HEX_INVALID_CHAR');
    expect(await issue.getAttribute('data-index')).toBe('7');
    expect(await page.locator('#check-mirror mark.error').innerText()).toBe('g');
    // validateBinaryRequest's warnings are listed and marked too.
    const warning = page.locator('#check-issues li.warning', { hasText: 'messages[0].to' });
    expect(await warning.getAttribute('data-code')).toBe('TO_FORMAT');
    expect(await page.locator('#check-mirror mark.warning').innerText()).toContain('+41793026727');
    expect(await page.locator('#strict').isDisabled()).toBe(true);
  });

  it.each([
    ['/sms/2/binary/advanced', { messages: [{ from: 'InfoSMS', destinations: [{ to: '41793026727' }], binary: { hex: '48 69', datacoding: 8 } }] }, 'messages[0].binary.datacoding'],
    ['/sms/3/messages', { messages: [{ sender: 'InfoSMS', destinations: [{ to: '41793026727' }], content: { hex: '48 69', datacoding: 8 } }] }, 'messages[0].content.datacoding'],
  ])('validates a pasted %s body, says which envelope it took, and names the misspelled key', async (endpoint, body, path) => {
    await page.locator('#check-input').fill(JSON.stringify(body));
    expect(await text('#check-summary')).toContain(`JSON body for ${endpoint} (told from its fields)`);
    const unknown = page.locator('#check-issues li[data-code="UNKNOWN_FIELD"]');
    expect(await unknown.locator('.path').innerText()).toBe(path);
    expect(await unknown.innerText()).toContain('did you mean `dataCoding`?');
    expect(await page.locator('#check-issues li[data-code="FIELD_DEFAULTED"]').count()).toBe(1);
  });

  it('says a pasted body mixing envelopes does so', async () => {
    await page.locator('#check-input').fill(JSON.stringify({ messages: [{ to: '41793026727', destinations: [{ to: '41793026727' }], binary: { hex: '48' } }] }));
    expect(await page.locator('#check-issues li.error[data-code="REQUEST_ENVELOPE_MIXED"]').count()).toBe(1);
  });
});

describe.skipIf(SKIP)('layout', { timeout: TIMEOUT }, () => {
  /** Elements wider than the viewport, or reaching past its right edge, with a multi-part message and a decoded header shown. */
  const overflowing = (viewport: Page) =>
    viewport.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return Array.from(document.querySelectorAll('body *'))
        .filter((element) => !(element as HTMLElement).closest('[hidden]') && element.getBoundingClientRect().width > 0)
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > width + 0.5 || box.right > width + 0.5;
        })
        .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`);
    });

  it.each([375, 1280])('at %i px no element is wider than the viewport; "Decode as" shows in full', async (width) => {
    const narrow = await browser.context.newPage();
    await narrow.setViewportSize({ width, height: 800 });
    await narrow.goto(server.url);
    await narrow.waitForSelector('html[data-ready="true"]');
    await narrow.locator('#text').fill('x'.repeat(200));
    await narrow.locator('#udhi').check();
    await narrow.locator('#check-input').fill('05 00 03 2a 02 01 48 69');
    expect(await overflowing(narrow)).toEqual([]);
    const decodeAs = await narrow.evaluate(() => {
      const label = Array.from(document.querySelectorAll('label, legend, span')).find((element) => element.textContent?.trim().startsWith('Decode as'));
      return label === undefined ? null : label.scrollWidth <= label.clientWidth + 0.5;
    });
    expect(decodeAs).not.toBe(false);
    if (width === 375) {
      // The parts summary within the first screen.
      const top = await narrow.locator('#sms-count').evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThan(800);
    }
    mkdirSync(RESULTS, { recursive: true });
    await narrow.screenshot({ path: join(RESULTS, `playground-${width}.png`), fullPage: true });
    await narrow.close();
  });
});

describe.skipIf(SKIP)('offline', { timeout: TIMEOUT }, () => {
  it('works from file:// and writes a screenshot', async () => {
    const offline = await browser.context.newPage();
    const errors: string[] = [];
    offline.on('pageerror', (error) => errors.push(error.message));
    await offline.goto(pathToFileURL(join(PLAYGROUND_DIR, 'index.html')).href);
    await offline.waitForSelector('html[data-ready="true"]');
    await offline.locator('#text').fill('Hello 👋 see you at 10€ [hall B]. '.repeat(4));
    await offline.locator('#check-input').fill('0f c2 4g');
    expect(await offline.locator('#sms-count').innerText()).toBe('3');
    expect(await offline.locator('#not-built').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    mkdirSync(RESULTS, { recursive: true });
    await offline.screenshot({ path: join(RESULTS, 'playground.png'), fullPage: true });
    await offline.close();
  });

  it('says how to build it when the script is missing', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'smshex-playground-'));
    for (const file of ['index.html', 'style.css']) copyFileSync(join(PLAYGROUND_DIR, file), join(bare, file));
    const unbuilt = await browser.context.newPage();
    await unbuilt.goto(pathToFileURL(join(bare, 'index.html')).href);
    expect(await unbuilt.locator('#not-built').isVisible()).toBe(true);
    expect(await unbuilt.locator('#app').isVisible()).toBe(false);
    await unbuilt.close();
    rmSync(bare, { recursive: true, force: true });
  });
});
