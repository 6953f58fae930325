import { MAX_COLS, MAX_ROWS } from '../asciicast/header.js';
import { writeCastFile, type CastEvent } from './cast-file.js';
import { Random } from './random.js';
import { htop, less, vim } from './screen-scenes.js';
import { apt, build, gitLog, ls, psql, tailLog, type Scene } from './shell-scenes.js';
import { Shell, type Events, type Intensity } from './shell.js';

export type TerminalSceneName = 'ls' | 'git-log' | 'tail' | 'build' | 'apt' | 'vim' | 'htop' | 'less' | 'psql' | 'resize';
export const TERMINAL_SCENES: readonly TerminalSceneName[] = ['ls', 'git-log', 'tail', 'build', 'apt', 'vim', 'htop', 'less', 'psql', 'resize'];

export interface TerminalSessionOptions {
  /** Same seed and options, same bytes. */
  seed: number;
  durationSeconds: number;
  cols?: number;
  rows?: number;
  version?: 2 | 3;
  gzip?: boolean;
  /** The activities to mix; all of them by default. `resize` shrinks the terminal once and restores it. */
  scenes?: readonly TerminalSceneName[];
  /** `dense`: more full-screen programs and fast scrolling, shorter pauses. */
  intensity?: Intensity;
  user?: string;
  host?: string;
  /** Unix time (seconds) in the header; a fixed date by default, so output does not depend on the clock. */
  timestamp?: number;
  title?: string;
  command?: string;
  term?: string;
  shell?: string;
}

export interface TerminalSessionResult {
  file: string;
  events: number;
  /** Characters of terminal output, before any compression. */
  outputChars: number;
  durationSeconds: number;
}

const DEFAULT_TIMESTAMP = Date.UTC(2026, 10, 20, 9, 14, 3) / 1000;
const USERS = ['jdoe', 'asmith', 'mgarcia', 'kchen', 'rpatel'];
const HOSTS = ['db-prod-01', 'web-02', 'bastion', 'app-03', 'build-01'];

const WEIGHTS: Record<Intensity, Record<Exclude<TerminalSceneName, 'resize'>, number>> = {
  normal: { ls: 3, 'git-log': 2, tail: 2, build: 1.5, apt: 1, vim: 2, htop: 1.5, less: 1.5, psql: 1.5 },
  dense: { ls: 1, 'git-log': 1, tail: 2, build: 3, apt: 1.5, vim: 2, htop: 3, less: 1.5, psql: 1 },
};
/** Scenes short enough to fill the last seconds before the exit. */
const QUICK: readonly TerminalSceneName[] = ['ls', 'git-log'];
/** Time kept for typing `exit` at the end. */
const EXIT_SECONDS = 2.5;

function syslogLines(baseUnix: number) {
  return (s: Shell, count: number): string[] => {
    const r = s.random;
    // Lines of the hours before the session, in order.
    let clock = baseUnix - count * 12;
    return Array.from({ length: count }, () => {
      clock += r.between(0.5, 20);
      const when = new Date(clock * 1000).toISOString().slice(0, 19);
      const message = r.pick([
        'systemd[1]: Started Session 4312 of User admin.',
        'sshd[20931]: Accepted publickey for admin from 10.20.1.5 port 51022',
        'kernel: nvme0n1: I/O error, dev nvme0n1, sector 81920',
        'CRON[3311]: (root) CMD (/usr/local/bin/backup.sh)',
        'postgres[811]: LOG:  checkpoint complete',
        'app[912]: error: upstream timed out (110: Connection timed out)',
        'systemd-logind[602]: New session 4313 of user admin.',
      ]);
      return `${when} ${s.identity.host} ${message}`;
    });
  };
}

function checkOptions(o: TerminalSessionOptions, cols: number, rows: number): void {
  if (!Number.isFinite(o.durationSeconds) || o.durationSeconds < 1) throw new RangeError(`durationSeconds must be at least 1, got ${o.durationSeconds}`);
  if (!Number.isInteger(cols) || cols < 40 || cols > MAX_COLS) throw new RangeError(`cols must be a whole number from 40 to ${MAX_COLS}, got ${cols}`);
  if (!Number.isInteger(rows) || rows < 12 || rows > MAX_ROWS) throw new RangeError(`rows must be a whole number from 12 to ${MAX_ROWS}, got ${rows}`);
  const unknown = (o.scenes ?? []).filter((name) => !TERMINAL_SCENES.includes(name));
  if (unknown.length > 0) throw new RangeError(`unknown scenes: ${unknown.join(', ')} (known: ${TERMINAL_SCENES.join(', ')})`);
}

/**
 * Writes a realistic administrator's SSH session as an asciicast file, for demo data, tests and
 * benchmarks: a login banner, then a deterministic mix of shell work and full-screen programs, and
 * `exit` at the requested duration. The file is streamed, so long dense sessions use little memory.
 */
export async function writeTerminalSession(file: string, options: TerminalSessionOptions): Promise<TerminalSessionResult> {
  const cols = options.cols ?? 120;
  const rows = options.rows ?? 34;
  checkOptions(options, cols, rows);
  const random = new Random(options.seed);
  const user = options.user ?? random.pick(USERS);
  const host = options.host ?? random.pick(HOSTS);
  const timestamp = Math.round(options.timestamp ?? DEFAULT_TIMESTAMP);
  const shell = new Shell(random, { user, host }, cols, rows, options.intensity ?? 'normal', Math.round(options.durationSeconds * 1e6));
  const result: TerminalSessionResult = { file, events: 0, outputChars: 0, durationSeconds: options.durationSeconds };
  const counted = function* (events: Events): Generator<CastEvent> {
    for (const event of events) {
      result.events++;
      if (event.code === 'o') result.outputChars += event.data.length;
      yield event;
    }
  };
  await writeCastFile(
    file,
    {
      cols,
      rows,
      timestamp,
      title: options.title ?? `${user}@${host}`,
      command: options.command ?? `ssh ${user}@${host}`,
      term: options.term ?? 'xterm-256color',
      shell: options.shell ?? '/bin/bash',
    },
    counted(session(shell, new Set(options.scenes ?? TERMINAL_SCENES), timestamp)),
    { version: options.version ?? 2, gzip: options.gzip ?? false },
  );
  return result;
}

function* session(s: Shell, enabled: Set<TerminalSceneName>, timestamp: number): Events {
  const r = s.random;
  const scenes: Record<Exclude<TerminalSceneName, 'resize'>, Scene> = {
    ls,
    'git-log': gitLog,
    tail: tailLog(timestamp),
    build,
    apt,
    vim,
    htop,
    less: less(syslogLines(timestamp)),
    psql,
  };
  const names = (Object.keys(scenes) as (keyof typeof scenes)[]).filter((name) => enabled.has(name));
  const choices = names.map((name) => [name, WEIGHTS[s.intensity][name]] as const);
  const quick = names.filter((name) => QUICK.includes(name));
  const exitAt = s.endUs - EXIT_SECONDS * 1e6;
  // The window is made smaller for a while and then restored, so the largest size stays the first.
  const resizes =
    enabled.has('resize') && s.endUs >= 20e6
      ? [
          { at: s.endUs * 0.45, cols: s.cols - r.int(10, 30), rows: s.rows - r.int(2, 6) },
          { at: s.endUs * 0.8, cols: s.cols, rows: s.rows },
        ]
      : [];

  const login = new Date(timestamp * 1000 - r.int(3600, 86400 * 3) * 1000).toUTCString().replace(' GMT', '');
  yield* s.out(
    `Linux ${s.identity.host} 6.1.0-27-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01) x86_64\r\n\r\nLast login: ${login} from 10.20.${r.int(0, 9)}.${r.int(2, 250)}\r\n`,
  );
  s.wait(r.between(0.2, 0.8));

  let previous: string | undefined;
  while (s.t < exitAt && names.length > 0) {
    const left = s.left(exitAt);
    const pool = left < 8 ? quick : names;
    if (pool.length === 0) break;
    let name = left < 8 ? r.pick(pool) : r.weighted(choices);
    if (name === previous && pool.length > 1) name = r.weighted(choices.filter(([n]) => n !== previous && pool.includes(n)));
    previous = name;
    const until = Math.min(exitAt, s.t + r.between(8, 40) * 1e6);
    yield* scenes[name](s, until);
    while (resizes.length > 0 && s.t >= resizes[0]!.at) {
      const next = resizes.shift()!;
      s.think(0.5, 2);
      yield* s.resize(next.cols, next.rows);
    }
  }
  // Leave: at the end of the budget, or at once if the scenes ran over.
  if (s.t < exitAt) s.t = exitAt;
  yield* s.out(s.prompt());
  s.wait(0.3);
  yield* s.type('exit');
  yield* s.out(`\r\nlogout\r\nConnection to ${s.identity.host} closed.\r\n`);
  yield { timeUs: s.endUs, code: 'x', data: '0' };
}
