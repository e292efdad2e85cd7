/** `smshex count`, run as built. */
import { describe, expect, it } from 'vitest';
import { estimateSegments } from '../../src/index.js';
import { smshex } from './spawn.js';

describe.concurrent('smshex count', () => {
  it.each([
    ['Test message.'],
    ['x'.repeat(161)],
    [']'.repeat(153)],
    ['测试短信。😀'],
    [''],
  ])('--json prints estimateSegments of %j', async (text) => {
    const run = await smshex(['count', '--json', '--', text]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(estimateSegments(text));
  });

  it('summarizes a GSM 7-bit text in two parts', async () => {
    const run = await smshex(['count', 'x'.repeat(161)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Coding +GSM 7-bit \(dataCoding 0\)$/m);
    expect(run.stdout).toMatch(/^Why +every character is in the GSM 7-bit default alphabet/m);
    expect(run.stdout).toMatch(/^SMS parts +2 \(each with a 6-octet concatenation header\)$/m);
    expect(run.stdout).toMatch(/^Units used +161 septets/m);
    expect(run.stdout).toMatch(/^Per part +153 septets$/m);
    expect(run.stdout).toMatch(/^Remaining +145 septets/m);
  });

  it('names the characters that forced UCS-2', async () => {
    const run = await smshex(['count', 'Hi 😀\u00a0ok 😀']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Coding +UCS-2 \(dataCoding 8\)$/m);
    expect(run.stdout).toMatch(/^Why +2 characters are not in the GSM 7-bit tables$/m);
    expect(run.stdout).toMatch(/^UCS-2 forced by +"😀" U\+1F600, U\+00A0$/m);
  });

  it('says when the coding was asked for', async () => {
    const run = await smshex(['count', '--data-coding', '8', 'Hi']);
    expect(run.stdout).toMatch(/^Coding +UCS-2 \(dataCoding 8\)$/m);
    expect(run.stdout).toMatch(/^Why +asked for with --data-coding 8$/m);
  });

  it('reads standard input', async () => {
    const run = await smshex(['count', '--json', '--reference-bits', '16'], { input: `${'x'.repeat(200)}\n` });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(estimateSegments('x'.repeat(200), { referenceBits: 16 }));
  });

  it('refuses two texts (status 2)', async () => {
    const run = await smshex(['count', 'Hello', 'world']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('quote an argument that contains spaces');
  });
});
