#!/usr/bin/env node
/**
 * Writes docs/playground/screenshot.png (the README's picture of the
 * playground) from the page opened over file://. Run after
 * `npm run build:playground`; `npm run playground:screenshot` does both.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPlayground, PLAYGROUND_DIR } from './build-playground.mjs';
import { launchChromium } from './chromium.mjs';

await buildPlayground();
const browser = await launchChromium({ width: 1280, height: 1280 });
try {
  const page = await browser.context.newPage();
  await page.goto(pathToFileURL(join(PLAYGROUND_DIR, 'index.html')).href);
  await page.waitForSelector('html[data-ready="true"]');
  await page.locator('#text').fill('Hi Zoë! Your table for 4 at 20:00 is booked 🎉 Deposit: 25€ [paid]. Reply STOP to opt out; see you soon!');
  await page.locator('#check-input').fill('0f c2 4g');
  const out = join(PLAYGROUND_DIR, 'screenshot.png');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
