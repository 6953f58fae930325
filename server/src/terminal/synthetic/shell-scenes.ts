import { displayWidth, RESET, sgr } from './ansi.js';
import type { Events, Shell } from './shell.js';

/** A scene plays one activity until about `untilUs`, leaving the shell at a fresh line. */
export type Scene = (s: Shell, untilUs: number) => Events;

const DIRS = ['backup', 'deploy', 'scripts', 'releases', 'certs', 'tmp', 'logs', 'migrations', 'ダウンロード', '资料'];
const FILES: [string, 'exe' | 'link' | 'archive' | 'image' | 'plain'][] = [
  ['deploy.sh', 'exe'],
  ['rotate-logs.sh', 'exe'],
  ['current', 'link'],
  ['app.env', 'plain'],
  ['nginx.conf', 'plain'],
  ['dump-2026-11-19.sql.gz', 'archive'],
  ['release-4.2.1.tar.gz', 'archive'],
  ['diagram.png', 'image'],
  ['README.md', 'plain'],
  ['報告書_2026.pdf', 'plain'],
  ['設定メモ.txt', 'plain'],
  ['🚀-launch.sh', 'exe'],
  ['notes-📦.md', 'plain'],
  ['patroni.yml', 'plain'],
];
const FILE_COLOUR = { exe: sgr('01', 32), link: sgr('01', 36), archive: sgr('01', 31), image: sgr('01', 35), plain: '' };
const MONTHS = ['Oct', 'Nov'];

function* listing(s: Shell, long: boolean): Events {
  const r = s.random;
  const dirs = DIRS.filter(() => r.chance(0.6));
  const files = FILES.filter(() => r.chance(0.6));
  const entries = [
    ...dirs.map((name) => ({ name, colour: sgr('01', 34), dir: true })),
    ...files.map(([name, kind]) => ({ name, colour: FILE_COLOUR[kind], dir: false })),
  ].sort((a, b) => (a.name < b.name ? -1 : 1));
  if (long) {
    const lines = [`total ${r.int(8, 400)}`];
    for (const e of entries) {
      const mode = e.dir ? 'drwxr-xr-x' : e.colour === FILE_COLOUR.exe ? '-rwxr-xr-x' : '-rw-r--r--';
      const size = String(e.dir ? 4096 : r.int(120, 9_000_000)).padStart(8);
      const date = `${r.pick(MONTHS)} ${String(r.int(1, 28)).padStart(2)} ${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
      lines.push(`${mode} ${r.int(1, 4)} ${s.identity.user} ${s.identity.user} ${size} ${date} ${e.colour}${e.name}${e.colour ? RESET : ''}`);
    }
    yield* s.out(`${lines.join('\r\n')}\r\n`);
    return;
  }
  // Columns as ls lays them out, measured in display cells (CJK and emoji are two wide).
  const width = Math.max(...entries.map((e) => displayWidth(e.name)), 1) + 2;
  const perLine = Math.max(1, Math.floor(s.cols / width));
  let text = '';
  entries.forEach((e, i) => {
    const pad = ' '.repeat(width - displayWidth(e.name));
    text += `${e.colour}${e.name}${e.colour ? RESET : ''}${(i + 1) % perLine === 0 || i === entries.length - 1 ? '\r\n' : pad}`;
  });
  yield* s.out(text);
}

export const ls: Scene = function* (s) {
  const r = s.random;
  if (r.chance(0.4)) {
    s.cwd = r.pick(['~/deploy', '/etc/nginx', '/var/log', '~/scripts', '/srv/app']);
    yield* s.command(`cd ${s.cwd}`);
  }
  const long = r.chance(0.5);
  yield* s.command(long ? 'ls -la --color=auto' : 'ls --color=auto');
  yield* listing(s, long);
};

const AUTHORS_MESSAGES = [
  'Fix connection pool leak on failover',
  'Bump openssl to 3.0.15',
  'Add retention policy for audit logs',
  'Rotate TLS certificates',
  "Merge branch 'hotfix/replication-lag'",
  'Tune autovacuum for events table',
  'Document restore procedure',
  'Drop unused index on sessions',
  'Add healthcheck endpoint',
  'Pin base image digest',
  'Revert "Enable HTTP/3"',
  'Update firewall rules for bastion',
  'Increase worker memory limit',
  'Add CJK font to report renderer (中文字体)',
  'Migrate cron jobs to systemd timers',
  'Fix typo in nginx upstream name',
];
const BAR_COLOURS = [31, 32, 33, 34, 35, 36];

export const gitLog: Scene = function* (s) {
  const r = s.random;
  yield* s.command(`git log --oneline --graph -n ${r.pick([20, 30, 40])}`);
  const count = r.int(12, Math.max(14, s.rows - 4));
  const lines: string[] = [];
  let branch = 0;
  for (let i = 0; i < count; i++) {
    const hash = `${sgr(33)}${r.hex(7)}${RESET}`;
    const refs =
      i === 0
        ? ` ${sgr(33)}(${RESET}${sgr(1, 36)}HEAD -> ${RESET}${sgr(1, 32)}main${RESET}${sgr(33)}, ${RESET}${sgr(1, 31)}origin/main${RESET}${sgr(33)})${RESET}`
        : r.chance(0.08)
          ? ` ${sgr(33)}(tag: v4.${r.int(0, 9)}.${r.int(0, 20)})${RESET}`
          : '';
    const message = r.pick(AUTHORS_MESSAGES);
    const bar = (c: string, n: number) => `${sgr(BAR_COLOURS[n % BAR_COLOURS.length]!)}${c}${RESET}`;
    if (branch > 0) {
      lines.push(`${bar('|', 0)} * ${hash}${refs} ${message}`);
      if (--branch === 0) lines.push(`${bar('|', 0)}${bar('/', 1)}  `);
    } else if (r.chance(0.15)) {
      lines.push(`*   ${hash}${refs} Merge pull request #${r.int(100, 999)} from ops/${r.pick(['pg-upgrade', 'certs', 'logging'])}`);
      lines.push(`${bar('|', 0)}${bar('\\', 1)}  `);
      branch = r.int(1, 3);
    } else lines.push(`* ${hash}${refs} ${message}`);
  }
  yield* s.out(`${lines.join('\r\n')}\r\n`);
};

const PATHS = ['/api/v1/sessions', '/api/v1/recordings?limit=50', '/healthz', '/login', '/static/app.3f9c1e.js', '/api/v1/exports', '/metrics'];
const MESSAGES = [
  ['INFO', 'request completed'],
  ['INFO', 'checkpoint complete: wrote 1832 buffers'],
  ['WARN', 'slow query took 1204ms'],
  ['INFO', 'connection authorized: user=app database=appdb'],
  ['ERROR', 'could not send data to client: Broken pipe'],
  ['INFO', 'job finished'],
  ['WARN', 'replication lag 2.3s above threshold'],
  ['DEBUG', 'cache hit ratio 0.987'],
] as const;

function timestamp(s: Shell, baseUnix: number): Date {
  return new Date(baseUnix * 1000 + s.t / 1000);
}

/** `tail -f` of a web or application log until Ctrl-C, lines arriving at irregular times. */
export function tailLog(baseUnix: number): Scene {
  return function* (s, untilUs) {
    const r = s.random;
    const access = r.chance(0.5);
    yield* s.command(access ? 'tail -f /var/log/nginx/access.log' : 'journalctl -f -u app.service');
    const stopAt = Math.min(untilUs, s.t + r.between(6, 25) * 1e6);
    while (s.t < stopAt) {
      const burst = r.chance(0.2) ? r.int(3, 12) : 1;
      let text = '';
      for (let i = 0; i < burst; i++) {
        const when = timestamp(s, baseUnix);
        if (access) {
          const status = r.weighted([
            [200, 20],
            [304, 4],
            [404, 2],
            [500, 1],
          ] as const);
          const colour = status >= 500 ? sgr(31) : '';
          text += `10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(1, 254)} - - [${when.toUTCString().slice(5, 25)} +0000] "${r.pick(['GET', 'GET', 'POST'])} ${r.pick(PATHS)} HTTP/1.1" ${colour}${status}${colour ? RESET : ''} ${r.int(120, 90000)} "-" "Mozilla/5.0"\r\n`;
        } else {
          const [level, message] = r.pick(MESSAGES);
          const colour = level === 'ERROR' ? sgr(1, 31) : level === 'WARN' ? sgr(1, 33) : '';
          text += `${when.toISOString().replace('T', ' ').slice(0, 23)} ${s.identity.host} app[${r.int(900, 990)}]: ${colour}${level} ${message}${colour ? RESET : ''} duration=${r.int(1, 900)}ms\r\n`;
        }
      }
      yield* s.out(text);
      s.wait(r.next() < 0.1 ? r.between(1, 4) : r.between(0.02, s.dense ? 0.4 : 1.2));
    }
    yield* s.out('^C\r\n');
  };
}

const CRATES = [
  'serde',
  'tokio',
  'hyper',
  'rustls',
  'openssl-sys',
  'clap',
  'regex',
  'tracing',
  'sqlx',
  'axum',
  'prost',
  'bytes',
  'futures-util',
  'libc',
  'chrono',
];
const SOURCES = ['storage/wal_reader', 'net/tls_session', 'audit/chain', 'render/glyph_cache', 'util/crc32c', 'db/pool', 'http/router', 'export/muxer'];

/** A build scrolling fast for seconds: cmake-style progress or cargo, with warnings. */
export const build: Scene = function* (s, untilUs) {
  const r = s.random;
  const cargo = r.chance(0.4);
  yield* s.command(cargo ? 'cargo build --release' : `make -j${r.pick([2, 4, 8])}`);
  const seconds = Math.min(s.left(untilUs), r.between(4, s.dense ? 30 : 14));
  const perSecond = s.dense ? r.between(250, 700) : r.between(40, 160);
  const total = Math.max(10, Math.round(seconds * perSecond));
  const lines = function* () {
    for (let i = 1; i <= total; i++) {
      const source = `${r.pick(SOURCES)}_${r.int(1, 60)}`;
      if (cargo) yield `   ${sgr(1, 32)}Compiling${RESET} ${r.pick(CRATES)} v${r.int(0, 2)}.${r.int(0, 40)}.${r.int(0, 20)}`;
      else yield `[${String(Math.floor((i * 100) / total)).padStart(3)}%] ${sgr(32)}Building CXX object src/CMakeFiles/custodiand.dir/${source}.cpp.o${RESET}`;
      if (r.chance(0.02)) {
        yield `${sgr(1)}src/${source}.cpp:${r.int(10, 900)}:${r.int(1, 60)}:${RESET} ${sgr(1, 35)}warning:${RESET} ${sgr(1)}unused variable 'status' [-Wunused-variable]${RESET}`;
        yield `  ${r.int(10, 900)} |     int ${sgr(1, 35)}status${RESET} = 0;`;
        yield `      |         ${sgr(1, 35)}^~~~~~${RESET}`;
      }
    }
    yield cargo ? `    ${sgr(1, 32)}Finished${RESET} release [optimized] target(s) in ${seconds.toFixed(2)}s` : `[100%] Built target custodiand`;
  };
  yield* s.stream(lines(), perSecond, untilUs);
};

const PACKAGES = [
  'libssl3',
  'openssl',
  'libc6',
  'linux-image-amd64',
  'postgresql-15',
  'nginx-common',
  'curl',
  'libcurl4',
  'tzdata',
  'systemd',
  'libsystemd0',
  'openssh-server',
  'ca-certificates',
  'python3.11',
  'libxml2',
];

/** `apt-get upgrade`: download lines, then unpacking with apt's progress bar held on the last row. */
export const apt: Scene = function* (s, untilUs) {
  const r = s.random;
  yield* s.command('sudo apt-get upgrade -y');
  yield* s.out(`[sudo] password for ${s.identity.user}: `);
  s.press(r.int(8, 14));
  yield* s.out('\r\nReading package lists... Done\r\nBuilding dependency tree... Done\r\nReading state information... Done\r\nCalculating upgrade... Done\r\n');
  s.wait(r.between(0.3, 1));
  const packages = PACKAGES.filter(() => r.chance(0.7));
  yield* s.out(
    `The following packages will be upgraded:\r\n  ${packages.join(' ')}\r\n${packages.length} upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\r\n`,
  );
  const downloads = packages.map(
    (p, i) =>
      `Get:${i + 1} http://deb.debian.org/debian-security bookworm-security/main amd64 ${p} amd64 ${r.int(1, 5)}.${r.int(0, 40)}-${r.int(1, 9)}+deb12u${r.int(1, 4)} [${r.int(20, 9000).toLocaleString('en')} kB]`,
  );
  yield* s.stream(downloads, s.dense ? 40 : 12);
  yield* s.out(`Fetched ${r.between(2, 90).toFixed(1)} MB in ${r.int(1, 9)}s (${r.between(5, 40).toFixed(1)} MB/s)\r\n`);
  // apt keeps its progress bar on the last row by shrinking the scroll region above it.
  const bottom = s.rows;
  yield* s.out(`\r\n\x1b7\x1b[0;${bottom - 1}r\x1b8\x1b[1A`);
  const steps = packages.flatMap((p) => [`Preparing to unpack .../${p}.deb ...`, `Unpacking ${p} over previous version ...`, `Setting up ${p} ...`]);
  const repeat = s.dense ? 3 : 1;
  let done = 0;
  const total = steps.length * repeat;
  for (let round = 0; round < repeat && s.t < untilUs; round++) {
    for (const step of steps) {
      done++;
      const percent = Math.floor((done * 100) / total);
      const width = Math.max(10, s.cols - 20);
      const filled = Math.round((percent / 100) * width);
      yield* s.out(
        `${step}\r\n\x1b7\x1b[${bottom};0f\x1b[42m\x1b[30mProgress: [${String(percent).padStart(3)}%]\x1b[49m\x1b[39m [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] \x1b8`,
      );
      s.wait(r.between(0.01, s.dense ? 0.12 : 0.35));
    }
  }
  yield* s.out(`\x1b7\x1b[0;${bottom}r\x1b8\x1b[${bottom};0f\x1b[J`);
  yield* s.out('Processing triggers for man-db (2.11.2-2) ...\r\nProcessing triggers for libc-bin (2.36-9+deb12u9) ...\r\n');
};

/** psql with unicode borders: a couple of queries and their tables. */
export const psql: Scene = function* (s, untilUs) {
  const r = s.random;
  yield* s.command('psql -h localhost -U app appdb');
  yield* s.out(
    'psql (15.10 (Debian 15.10-0+deb12u1))\r\nSSL connection (protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off)\r\nType "help" for help.\r\n\r\n',
  );
  const queries = r.int(1, 3);
  for (let q = 0; q < queries && s.t < untilUs; q++) {
    yield* s.out('appdb=> ');
    s.think(1, 4);
    yield* s.type(
      r.pick([
        'SELECT id, user_name, server_name, started_at FROM sessions ORDER BY started_at DESC LIMIT 15;',
        'SELECT state, count(*) FROM pg_stat_activity GROUP BY 1;',
        'SELECT relname, n_dead_tup FROM pg_stat_user_tables ORDER BY 2 DESC LIMIT 12;',
      ]),
    );
    yield* s.out('\r\n');
    s.wait(r.between(0.05, 0.8));
    const count = r.int(4, 15);
    const rows = Array.from({ length: count }, (_, i) => [
      String(1000 + i * 7),
      r.pick(['jdoe', 'asmith', 'mgarcia', '田中', 'kchen']),
      r.pick(['db-prod-01', 'web-02', 'bastion']),
      `2026-11-${String(r.int(10, 23)).padStart(2, '0')} 0${r.int(0, 9)}:${r.int(10, 59)}`,
    ]);
    const head = ['id', 'user_name', 'server_name', 'started_at'];
    const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[c]!))));
    const cell = (text: string, w: number) => ` ${text}${' '.repeat(w - displayWidth(text))} `;
    const table = [
      head.map((h, c) => cell(h, widths[c]!)).join('│'),
      widths.map((w) => '─'.repeat(w + 2)).join('┼'),
      ...rows.map((row) => row.map((v, c) => cell(v, widths[c]!)).join('│')),
      `(${count} rows)`,
      '',
    ];
    yield* s.out(`${table.join('\r\n')}\r\n`);
  }
  yield* s.out('appdb=> ');
  s.think(0.5, 2);
  yield* s.type('\\q');
  yield* s.out('\r\n');
};
