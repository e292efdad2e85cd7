/**
 * What the twin received and answered, for tests to assert on: a log capped
 * at a number of entries (the oldest dropped first, and counted), or off.
 * Credentials never reach it.
 *
 * @internal
 * @module
 */

import type { IncomingHttpHeaders } from 'node:http';
import type { TwinRequest } from './types.js';

/** Headers that carry credentials: their value is replaced, the scheme kept. */
const SECRET_HEADERS: ReadonlySet<string> = /* @__PURE__ */ new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']);

/**
 * `headers` with credentials redacted: `Authorization: App 0123…` becomes
 * `App [redacted]` (the scheme stays, so a test can check which one the
 * client used); cookies and API-key headers become `[redacted]`.
 */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    let kept: string | string[] = value;
    if (SECRET_HEADERS.has(name)) {
      const redact = (v: string): string => {
        const space = v.trim().indexOf(' ');
        return name.endsWith('authorization') && space > 0 ? `${v.trim().slice(0, space)} [redacted]` : '[redacted]';
      };
      kept = Array.isArray(value) ? value.map(redact) : redact(value);
    }
    Object.defineProperty(out, name, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A log of at most `limit` entries (0: none kept); the oldest go first. */
export class RequestLog {
  #entries: TwinRequest[] = [];
  #start = 0;
  #dropped = 0;

  constructor(readonly limit: number) {}

  add(entry: TwinRequest): void {
    if (this.limit === 0) {
      this.#dropped++;
      return;
    }
    if (this.#entries.length < this.limit) this.#entries.push(entry);
    else {
      this.#entries[this.#start] = entry;
      this.#start = (this.#start + 1) % this.limit;
      this.#dropped++;
    }
  }

  /** The entries, oldest first, as a new array. */
  list(): TwinRequest[] {
    return [...this.#entries.slice(this.#start), ...this.#entries.slice(0, this.#start)];
  }

  /** How many entries were not kept (dropped for the cap, or the log is off) since the last clear. */
  get dropped(): number {
    return this.#dropped;
  }

  clear(): void {
    this.#entries = [];
    this.#start = 0;
    this.#dropped = 0;
  }
}
