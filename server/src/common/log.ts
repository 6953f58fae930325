import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';

/** Where a component writes its log lines. */
export type Log = (line: string) => void;

/** `text`: one readable line per event (the default); `json`: one JSON object per line, for log collectors. */
export type LogFormat = 'text' | 'json';

/** What a log line is about, beyond its words: set once per request or export task, read by every line written meanwhile. */
export interface LogContext {
  /** The HTTP request or websocket message being answered. */
  requestId?: string;
  /** The export task a task service is running. */
  taskId?: string;
  /** The export segment a task service is encoding. */
  segmentId?: string;
}

// Carried across awaits, so that log calls deep in a service name the request or task without
// being passed its id.
const context = new AsyncLocalStorage<LogContext>();

/** Runs `work` with `ids` attached to every line it logs, also after its awaits. */
export function withLogContext<T>(ids: LogContext, work: () => T): T {
  return context.run({ ...context.getStore(), ...ids }, work);
}

/** The ids attached to lines logged here and now. */
export function currentLogContext(): LogContext {
  return context.getStore() ?? {};
}

type Level = 'info' | 'warn' | 'error';

/** One log line as a JSON object: time, level, role, message, and the ids of the context. */
export function jsonLine(role: string, level: Level, message: string, at = new Date()): string {
  return JSON.stringify({ time: at.toISOString(), level, role, msg: message, ...currentLogContext() });
}

/**
 * One line per event on stdout, prefixed with the time and the process role. In the JSON format,
 * what libraries and error handlers print through `console` becomes JSON lines too, so that a
 * collector never meets a line it cannot parse.
 */
export function logger(role: string, logFormat: LogFormat = 'text'): Log {
  if (logFormat === 'text') return (line) => console.log(`${new Date().toISOString()} [${role}] ${line}`);
  routeConsoleToJson(role);
  return (line) => process.stdout.write(`${jsonLine(role, 'info', line)}\n`);
}

function routeConsoleToJson(role: string): void {
  const to =
    (stream: NodeJS.WriteStream, level: Level) =>
    (...args: unknown[]) =>
      stream.write(`${jsonLine(role, level, format(...args))}\n`);
  console.log = to(process.stdout, 'info');
  console.info = to(process.stdout, 'info');
  console.warn = to(process.stderr, 'warn');
  console.error = to(process.stderr, 'error');
}
