import type { Log } from '../common/log.js';
import { pause } from '../common/pause.js';

// Errors of the socket under a connection: the server is down, restarting, or cut off.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// SQLSTATE class 08 (connection exception), and 57P01-57P03: the server is shutting down, crashed,
// or is not accepting connections yet (starting up, recovering after a crash). Not 08P01
// (protocol violation): the server refused what was sent (a NUL in a text), and sending it again
// will not help.
const CONNECTION_SQLSTATE = /^(08(?!P01)|57P0[123])/;
// What node-postgres and knex say when a connection died without an errno.
const CONNECTION_MESSAGE = /Connection terminated|Connection ended unexpectedly|connection error and is not queryable|Timeout acquiring a connection/i;

/**
 * Whether an error means the database could not be reached, as opposed to a statement it refused.
 * Such an error says nothing about the work: it may succeed once the database answers again.
 */
export function isConnectionLost(error: unknown): boolean {
  let current = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || CONNECTION_SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGE.test(message)) return true;
    if (name === 'KnexTimeoutError' || name === 'ConnectionException') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Runs `work`, and again with back-off (0.5 s, doubling to 5 s) for as long as the database
 * cannot be reached, so that the outcome of long work (a finished export) is recorded once it is
 * back instead of being thrown away. Any other error is thrown at once, as is the last one when
 * `signal` aborts (the process is shutting down). `work` must be safe to run again: a transaction
 * whose commit may or may not have happened must find out which on its next run.
 */
export async function untilDatabaseAnswers<T>(work: () => Promise<T>, options: { what: string; log: Log; signal?: AbortSignal }): Promise<T> {
  let failures = 0;
  for (let delayMs = 500; ; delayMs = Math.min(delayMs * 2, 5000)) {
    try {
      const result = await work();
      if (failures) options.log(`${options.what}: the database answers again; done after ${failures + 1} tries`);
      return result;
    } catch (error) {
      if (!isConnectionLost(error) || options.signal?.aborted) throw error;
      if (failures++ === 0) options.log(`${options.what}: the database does not answer (${(error as Error).message}); trying again until it does`);
      await pause(delayMs, options.signal);
    }
  }
}
