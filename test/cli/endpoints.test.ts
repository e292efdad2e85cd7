/** `smshex encode --endpoint` and `smshex validate` on bodies of every envelope, run as built. */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { colourFor, type Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { ENDPOINTS, validateRequest } from '../../src/index.js';
import vectors from '../vectors/provider-envelopes.json' with { type: 'json' };
import { smshex } from './spawn.js';

const dir = mkdtempSync(join(tmpdir(), 'smshex-endpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('smshex encode --endpoint', () => {
  it.each(ENDPOINTS)('prints a %s body that validates clean', async (endpoint) => {
    const run = await smshex(['encode', '--endpoint', endpoint, '--from', 'InfoSMS', '--to', '41793026727', 'Test message.']);
    expect(run.status).toBe(0);
    expect(validateRequest(JSON.parse(run.stdout))).toEqual({ ok: true, endpoint, detected: true, issues: [] });
  });

  it('says its default and why in the help', async () => {
    const run = await smshex(['encode', '--help']);
    expect(run.stdout).toContain('The default stays /sms/1/binary/multi');
  });

  it.each([
    ['an invalid destination', ['--to', 'abc', 'Hi'], 'TO_INVALID'],
    ['a reference out of range for one part', ['--reference', '300', 'Hi'], 'REFERENCE_INVALID'],
    ['a reference out of range with --to', ['--to', '41793026727', '--reference', '300', 'Hi'], 'REFERENCE_INVALID'],
    ['a long sender', ['--from', 'A very long sender name', '--to', '41793026727', 'Hi'], 'FROM_INVALID'],
    ['v3 without a sender', ['--endpoint', '/sms/3/messages', '--to', '41793026727', 'Hi'], 'FROM_INVALID'],
  ])('exits 1 with the issue for %s', async (_, args, code) => {
    const run = await smshex(['encode', ...args]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(code);
  });

  it('refuses an unknown endpoint as a usage error', async () => {
    const run = await smshex(['encode', '--endpoint', '/sms/9', '--to', '41793026727', 'Hi']);
    expect(run.status).toBe(2);
  });
});

describe.concurrent('smshex validate on a body of any envelope', () => {
  it.each(vectors.requests)('detects $endpoint', async ({ endpoint, body }) => {
    const file = join(dir, `${endpoint.replace(/\//g, '_')}.json`);
    writeFileSync(file, JSON.stringify(body));
    const run = await smshex(['validate', '--now', vectors.now, file]);
    expect(run.stdout).toContain(`valid ${endpoint} body (detected) (0 errors, 0 warnings)`);
    expect(run.status).toBe(0);
  });

  it('reports unknown keys with a near miss, and as errors with --unknown-keys error', async () => {
    const body = JSON.stringify({ messages: [{ form: 'InfoSMS', to: '41793026727', binary: { hex: '54 65', datacoding: 8 } }] });
    const run = await smshex(['validate', '-'], { input: body });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('did you mean `dataCoding`?');
    expect(run.stdout).toContain('info messages[0].binary.dataCoding FIELD_DEFAULTED');
    const strict = await smshex(['validate', '--unknown-keys', 'error', '-'], { input: body });
    expect(strict.status).toBe(1);
  });
});

describe('smshex encode: references unique per destination', () => {
  /** Runs the command line in this process (the same `run` as dist/cli.js), returning standard output. */
  const encodeInProcess = async (args: readonly string[]): Promise<string> => {
    let out = '';
    const plain = colourFor({ isTTY: false }, {});
    const io: Io = {
      stdin: Readable.from([]) as unknown as Io['stdin'],
      stdout: { line: (text = '') => void (out += `${text}\n`), write: (text) => void (out += text), style: plain },
      stderr: { line: () => undefined, write: () => undefined, style: plain },
    };
    expect(await run(['encode', ...args], io, {})).toBe(0);
    return out;
  };

  it('200 runs of 20 long texts to one number: no run repeats a reference', async () => {
    const texts = Array.from({ length: 20 }, (_, i) => `${i} ${'x'.repeat(200)}`);
    let repeated = 0;
    for (let batch = 0; batch < 200; batch++) {
      const body = JSON.parse(await encodeInProcess(['--endpoint', '/sms/2/binary/advanced', '--to', '41793026727', ...texts])) as { messages: Array<{ binary: { hex: string } }> };
      const firsts = body.messages.filter((m) => m.binary.hex.slice(15, 17) === '01').map((m) => m.binary.hex.slice(9, 11));
      expect(firsts).toHaveLength(20);
      if (new Set(firsts).size !== 20) repeated++;
    }
    expect(repeated).toBe(0);
  });
});
