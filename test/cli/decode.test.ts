/** `smshex decode`, run as built. */
import { describe, expect, it } from 'vitest';
import { smshex, STACK_LINE } from './spawn.js';

describe.concurrent('smshex decode', () => {
  it('needs --data-coding (status 2)', async () => {
    const run = await smshex(['decode', '48 69']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--data-coding is required');
  });

  it('breaks the UDH down by element, then prints the text', async () => {
    const run = await smshex(['decode', '--data-coding', '0', '--esm-class', '0x40', '05 00 03 2a 02 01 48 69']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Data coding +0x00: SMSC default alphabet/m);
    expect(run.stdout).toMatch(/^ESM class +0x40 \(UDHI/m);
    expect(run.stdout).toMatch(/^UDH +05 00 03 2a 02 01 \(6 octets\)$/m);
    expect(run.stdout).toMatch(/^ +IE 0x00 concatenation, 8-bit reference: reference 42, part 1 of 2$/m);
    expect(run.stdout).toMatch(/^Payload +48 69 \(2 octets\)$/m);
    expect(run.stdout).toMatch(/^Text +"Hi"$/m);
  });

  it('reads standard input and prints JSON', async () => {
    const run = await smshex(['decode', '--json', '--data-coding', '8'], { input: '6d 4b 8B d5 77 ed 4f e1 30 02\n' });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { text: string; payload: string; dataCoding: { value: number } };
    expect(out.text).toBe('测试短信。');
    expect(out.payload).toBe('6d 4b 8b d5 77 ed 4f e1 30 02');
    expect(out.dataCoding.value).toBe(8);
  });

  it('decodes a legacy coding', async () => {
    const run = await smshex(['decode', '--data-coding', '3', '63 61 66 e9']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Text +"café"$/m);
  });

  it('points at bad hex (status 1)', async () => {
    const run = await smshex(['decode', '--data-coding', '0', '0f c2 4g']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('HEX_INVALID_CHAR');
    expect(run.stderr).toContain('  0f c2 4g\n         ^');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('reports a malformed header (status 1)', async () => {
    const run = await smshex(['decode', '--data-coding', '0', '--esm-class', '64', '05 00 03 2a 02']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/UDH_/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
