/**
 * A small HTTP client for the twin's tests: `node:http` without keep-alive
 * (each request its own connection, closed after the answer), so that
 * connection counts go back to where they were.
 */
import { request } from 'node:http';

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: any;
}

export interface Send {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  /** An object is sent as JSON; a string or bytes as they are. */
  readonly body?: unknown;
  /** Omit the Authorization header this helper adds by default. */
  readonly anonymous?: boolean;
}

export const AUTH = 'App 0123456789abcdef-test-key';

export function send(url: string, path: string, options: Send = {}): Promise<Answer> {
  const body = options.body === undefined ? undefined : typeof options.body === 'string' || options.body instanceof Uint8Array ? options.body : JSON.stringify(options.body);
  const headers: Record<string, string> = {
    ...(options.anonymous === true ? {} : { Authorization: AUTH }),
    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: options.method ?? 'POST', headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
