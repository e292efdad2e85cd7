/** `smshex count`, run as built. */
import { describe, expect, it } from 'vitest';
import { NATIONAL_LANGUAGES, estimateSegments } from '../../src/index.js';
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
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(estimateSegments(text))));
  });

  it('summarizes a GSM 7-bit text in two parts', async () => {
    const run = await smshex(['count', 'x'.repeat(161)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Coding +GSM 7-bit \(dataCoding 0\)$/m);
    expect(run.stdout).toMatch(/^Why +GSM 7-bit: every character is in the default alphabet or its extension table$/m);
    expect(run.stdout).toMatch(/^SMS parts +2 \(each with a 6-octet user data header\)$/m);
    expect(run.stdout).toMatch(/^Units used +161 septets/m);
    expect(run.stdout).toMatch(/^Per part +153 septets$/m);
    expect(run.stdout).toMatch(/^Remaining +145 septets/m);
  });

  it("applies the library's 'smart' rule: a text that stays UCS-2 is sent unchanged, and the summary says why", async () => {
    const run = await smshex(['count', '--transliterate', 'smart', '你好，世界']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Why +UCS-2: .*transliterate 'smart' left the text unchanged: its replacements \("，" → ","\) would save nothing/m);
    expect(run.stdout).not.toMatch(/^Transliterated/m);
    const json = await smshex(['count', '--json', '--transliterate', 'smart', '你好，世界']);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(estimateSegments('你好，世界', { transliterate: 'smart' }))));
  });

  it('names the characters that forced UCS-2', async () => {
    const run = await smshex(['count', 'Hi 😀\u00a0ok 😀']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Coding +UCS-2 \(dataCoding 8\)$/m);
    expect(run.stdout).toMatch(/^Why +UCS-2: .*"😀"/m);
    expect(run.stdout).toMatch(/^UCS-2 forced by +"😀" U\+1F600, U\+00A0$/m);
  });

  it('says when the coding was asked for', async () => {
    const run = await smshex(['count', '--data-coding', '8', 'Hi']);
    expect(run.stdout).toMatch(/^Coding +UCS-2 \(dataCoding 8\)$/m);
    expect(run.stdout).toMatch(/^Why +dataCoding 8 was asked for$/m);
  });

  it('counts with national language tables', async () => {
    const text = "Şişli'de güzel bir gün";
    const run = await smshex(['count', '--language', 'tr', text]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Coding +GSM 7-bit \(dataCoding 0\)$/m);
    expect(run.stdout).toMatch(/^Tables +tr single shift \(IE 0x24\)/m);
    expect(run.stdout).toMatch(/^SMS parts +1 \(with a 4-octet user data header\)$/m);
    const json = await smshex(['count', '--json', '--language', 'auto', '--languages', 'tr,pt', text]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(estimateSegments(text, { language: 'auto', languages: [NATIONAL_LANGUAGES.tr, NATIONAL_LANGUAGES.pt] }))));
  });

  it('transliterates when asked, listing every replacement and the text as sent', async () => {
    const run = await smshex(['count', '--transliterate', 'smart', '“Hi” — there']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Coding +GSM 7-bit \(dataCoding 0\)$/m);
    expect(run.stdout).toMatch(/^Transliterated +"“" U\+201C → "\\"" at 0/m);
    expect(run.stdout).toMatch(/^Sent as +"\\"Hi\\" - there"$/m);
    const bad = await smshex(['count', '--transliterate', 'KLINGON', 'x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown transliteration profile "KLINGON"/);
  });

  it('keeps grapheme clusters whole with --keep-graphemes', async () => {
    const text = 'Ж'.repeat(65) + '🇨🇭' + 'Ж'.repeat(10);
    const json = await smshex(['count', '--json', '--keep-graphemes', text]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(estimateSegments(text, { keepGraphemes: true }))));
  });

  it('counts a legacy coding in octets', async () => {
    const run = await smshex(['count', '--data-coding', '3', 'café']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Coding +Latin-1 \(ISO-8859-1\) \(dataCoding 3\)$/m);
    expect(run.stdout).toMatch(/^Units used +4 octets$/m);
    expect(run.stdout).toMatch(/^Per part +140 octets$/m);
  });

  it.each([
    ['an unknown language', ['--language', 'xx', 'hi'], /language/],
    ['a data coding without a text coding', ['--data-coding', '5', 'hi'], /--data-coding 5 is not a text coding smshex writes/],
  ])('refuses %s (status 2)', async (_what, args, message) => {
    const run = await smshex(['count', ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('reads standard input', async () => {
    const run = await smshex(['count', '--json', '--reference-bits', '16'], { input: `${'x'.repeat(200)}\n` });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(estimateSegments('x'.repeat(200), { referenceBits: 16 }))));
  });

  it('refuses two texts (status 2)', async () => {
    const run = await smshex(['count', 'Hello', 'world']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('quote an argument that contains spaces');
  });

  it('--lines prints one JSON estimate per line of standard input, in order', async () => {
    const texts = ['Test message.', '测试短信。😀', '', 'x'.repeat(161), 'crlf'];
    const run = await smshex(['count', '--lines'], { input: `${texts.slice(0, 4).join('\n')}\n${texts[4]}\r\n` });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(texts.map((text) => JSON.parse(JSON.stringify(estimateSegments(text)))));
  });

  it('--lines takes the segment options, reports a failing line and goes on, with status 1', async () => {
    const run = await smshex(['count', '--lines', '--data-coding', '0'], { input: 'ok\nabç\nfine' });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ text: 'ok', encoding: 'gsm7', reason: 'dataCoding 0 was asked for' });
    expect(lines[1]).toEqual({ line: 2, error: { code: 'GSM7_UNMAPPABLE', message: expect.stringContaining('"ç" at index 2') } });
    expect(lines[2]).toMatchObject({ text: 'fine', smsCount: 1 });
  });

  it('--lines streams many lines across input chunks', async () => {
    const texts = Array.from({ length: 5_000 }, (_, i) => (i % 10 === 9 ? `Привет ${i}` : `message ${i} `.repeat((i % 7) + 1)));
    const run = await smshex(['count', '--lines'], { input: `${texts.join('\n')}\n` });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(texts.length);
    expect(JSON.parse(lines[4_999] as string)).toEqual(JSON.parse(JSON.stringify(estimateSegments(texts[4_999] as string))));
    expect(lines.map((line) => (JSON.parse(line) as { text: string }).text)).toEqual(texts);
  });

  it('--lines refuses a text argument and --json', async () => {
    expect((await smshex(['count', '--lines', 'Hi'])).status).toBe(2);
    const both = await smshex(['count', '--lines', '--json']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('drop --json');
  });

  it('--lines refuses input that is not UTF-8', async () => {
    const run = await smshex(['count', '--lines'], { input: Uint8Array.of(0x48, 0x69, 0x0a, 0xff, 0x0a) });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not valid UTF-8');
  });
});
