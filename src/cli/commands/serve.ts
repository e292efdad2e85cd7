/**
 * `smshex serve`: runs the offline twin of the provider's SMS endpoints
 * until SIGINT or SIGTERM.
 *
 * @internal
 * @module
 */

import { atMost, type Command, stringValue, type Values } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { optionalInteger } from '../options.js';

const HELP = `Usage: smshex serve [options]

Runs an offline twin of the provider's SMS endpoints for integration tests:
POST /sms/1/binary/single, /sms/1/binary/multi (JSON or XML),
/sms/2/binary/advanced, /sms/3/messages and /sms/1/preview. It checks
credentials, the body and every field as smshex does, and answers in the
provider's shapes, smsCount included. Point your client's base URL at the
URL it prints. Stops on Ctrl-C (SIGINT) or SIGTERM.

Options:
  --port <n>          port to listen on (default 0: a free one)
  --host <address>    address to listen on (default 127.0.0.1: this
                      machine only)
  --seed <n>          deterministic ids (an integer 0-4294967295)
  --body-limit <n>    largest body in bytes (default 1048576)
  --log-limit <n>     requests kept in memory (default 1000; 0: none)
  -h, --help          this help

Examples:
  smshex serve
  smshex serve --port 8080 --seed 1`;

/** Resolves when the process gets SIGINT or SIGTERM. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string): void => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });
}

export const serve: Command = {
  name: 'serve',
  summary: "run an offline twin of the provider's SMS endpoints",
  help: HELP,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    'body-limit': { type: 'string' },
    'log-limit': { type: 'string' },
  },
  async run(io: Io, values: Values, positionals: readonly string[]): Promise<number> {
    atMost(positionals, 0, 'arguments');
    const port = optionalInteger('port', stringValue(values, 'port'));
    const seed = optionalInteger('seed', stringValue(values, 'seed'));
    const bodyLimit = optionalInteger('body-limit', stringValue(values, 'body-limit'));
    const logLimit = optionalInteger('log-limit', stringValue(values, 'log-limit'));
    const host = stringValue(values, 'host');
    const options = {
      ...(port === undefined ? {} : { port }),
      ...(host === undefined ? {} : { host }),
      ...(seed === undefined ? {} : { seed }),
      ...(bodyLimit === undefined ? {} : { bodyLimit }),
      ...(logLimit === undefined ? {} : { logLimit }),
    };
    const stopped = stopSignal();
    let twin: Awaited<ReturnType<typeof import('../../twin/index.js').startTwin>>;
    try {
      // Loaded only here, so the other commands start without node:http.
      const { startTwin } = await import('../../twin/index.js');
      twin = await startTwin(options);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      throw new UsageError(`cannot listen on ${host ?? '127.0.0.1'}:${port ?? 0} (${code})`);
    }
    io.stdout.line(`smshex twin listening on ${twin.url}`);
    const signal = await stopped;
    await twin.close();
    io.stdout.line(`smshex twin stopped (${signal})`);
    return EXIT_OK;
  },
};
