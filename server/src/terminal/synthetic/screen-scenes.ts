import {
  at,
  background256,
  CLEAR_LINE,
  CLEAR_SCREEN,
  colour256,
  ENTER_ALTERNATE,
  fit,
  HIDE_CURSOR,
  LEAVE_ALTERNATE,
  RESET,
  sgr,
  SHOW_CURSOR,
  trueColour,
} from './ansi.js';
import type { Scene } from './shell-scenes.js';
import type { Events, Shell } from './shell.js';

// Full-screen programs: they switch to the alternate screen, draw with cursor addressing and
// give the shell's screen back untouched when they quit.

const CONFIG = [
  '# Managed by configuration management: local changes are overwritten',
  'user www-data;',
  'worker_processes auto;',
  'pid /run/nginx.pid;',
  '',
  'events {',
  '    worker_connections 1024;',
  '}',
  '',
  'http {',
  '    sendfile on;',
  '    tcp_nopush on;',
  '    keepalive_timeout 65;',
  '    server_tokens off;',
  '    # TLS settings reviewed 2026-10 (証明書の更新)',
  '    ssl_protocols TLSv1.2 TLSv1.3;',
  '    ssl_prefer_server_ciphers off;',
  '    access_log /var/log/nginx/access.log;',
  '    error_log /var/log/nginx/error.log warn;',
  '    gzip on;',
  '    upstream app {',
  '        server 10.20.4.11:8080 max_fails=3;',
  '        server 10.20.4.12:8080 max_fails=3;',
  '    }',
  '    server {',
  '        listen 443 ssl http2;',
  '        server_name portal.example.internal;',
  '        location / {',
  '            proxy_pass http://app;',
  '            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
  '        }',
  '    }',
  '}',
];

/** vim's default colours for a config file: comments blue, the first word brown, braces bold. */
function highlight(line: string): string {
  if (line.trimStart().startsWith('#')) return `${sgr(34)}${line}${RESET}`;
  const match = /^(\s*)(\S+)(.*)$/.exec(line);
  if (!match) return line;
  const rest = match[3]!.replace(/(\d+)/g, `${sgr(35)}$1${RESET}`).replace(/([{};])/g, `${sgr(1)}$1${RESET}`);
  return `${match[1]}${sgr(33)}${match[2]}${RESET}${rest}`;
}

function* vimScreen(s: Shell, file: string, lines: string[], top: number): Events {
  const height = s.rows - 1;
  let text = `${CLEAR_SCREEN}`;
  for (let y = 0; y < height; y++) {
    const line = lines[top + y];
    text += at(y + 1, 1) + (line === undefined ? `${sgr(1, 34)}~${RESET}` : highlight(line.slice(0, s.cols)));
  }
  text += `${at(s.rows, 1)}"${file}" ${lines.length}L, ${lines.join('\n').length + 1}B`;
  yield* s.out(text);
}

export const vim: Scene = function* (s, untilUs) {
  const r = s.random;
  const file = r.pick(['/etc/nginx/nginx.conf', '/etc/nginx/sites-available/portal']);
  yield* s.command(`sudo vim ${file}`);
  s.wait(r.between(0.1, 0.4));
  const lines = [
    ...CONFIG,
    ...Array.from(
      { length: r.int(10, 60) },
      (_, i) => `    # upstream note ${i + 1}: ${r.pick(['drain before reboot', 'see runbook', 'owner: platform team', 'keep in sync with haproxy'])}`,
    ),
  ];
  yield* s.out(`${ENTER_ALTERNATE}\x1b[?1h\x1b=`);
  let top = 0;
  yield* vimScreen(s, file, lines, top);
  const height = s.rows - 1;
  let row = 0;
  const col = 0;
  const ruler = () => `${at(s.rows, s.cols - 17)}${fit(`${top + row + 1},${col + 1}`, 14)}${top === 0 ? 'Top' : 'All'}`;
  yield* s.out(`${ruler()}${at(1, 1)}`);
  // Moving down line by line: the cursor moves, and past the last row the text scrolls up
  // inside a scroll region that spares the status line.
  const target = Math.min(lines.length - 1, r.int(8, lines.length - 1));
  while (top + row < target && s.t < untilUs) {
    s.press();
    if (row < height - 1) row++;
    else {
      top++;
      const line = lines[top + row];
      yield* s.out(`\x1b[1;${height}r${at(height, 1)}\n\x1b[r${at(height, 1)}${line === undefined ? `${sgr(1, 34)}~${RESET}` : highlight(line)}`);
    }
    yield* s.out(`${ruler()}${at(row + 1, col + 1)}`);
  }
  // Insert mode: type a new line below the cursor.
  s.think(0.5, 2);
  yield* s.out(`${at(s.rows, 1)}${CLEAR_LINE}${sgr(1)}-- INSERT --${RESET}${ruler()}`);
  const added = `    ${r.pick(['client_max_body_size 64m;', 'proxy_read_timeout 300s;', 'add_header X-Frame-Options DENY;', 'limit_req zone=login burst=5;'])}`;
  row = Math.min(row + 1, height - 1);
  yield* s.out(`${at(row + 1, 1)}\x1b[L${at(row + 1, 1)}`);
  let typed = '';
  for (const ch of added) {
    s.press();
    typed += ch;
    yield* s.out(`${at(row + 1, 1)}${highlight(typed)}${CLEAR_LINE}`);
  }
  s.think(0.3, 1.2);
  yield* s.out(`${at(s.rows, 1)}${CLEAR_LINE}${ruler()}${at(row + 1, typed.length)}`);
  s.think(0.5, 1.5);
  yield* s.out(`${at(s.rows, 1)}${CLEAR_LINE}:`);
  for (const ch of 'wq') {
    s.press();
    yield* s.out(ch);
  }
  s.press();
  yield* s.out(`\r"${file}" ${lines.length + 1}L, ${lines.join('\n').length + added.length + 2}B written`);
  s.wait(0.05);
  yield* s.out(`\x1b[?1l\x1b>${LEAVE_ALTERNATE}`);
};

const PROCESSES = [
  'postgres: checkpointer',
  'postgres: walwriter',
  '/usr/sbin/nginx -g daemon on;',
  'node /srv/app/server.js',
  '/usr/lib/systemd/systemd-journald',
  'sshd: admin@pts/0',
  'htop',
  '/usr/bin/python3 /opt/exporter/metrics.py',
  'postgres: app appdb 10.20.4.11(51234) idle',
  'containerd',
  '/usr/sbin/cron -f',
  'redis-server *:6379',
];

function bar(label: string, percent: number, width: number, colours: string[]): string {
  const filled = Math.round((percent / 100) * width);
  let text = `${sgr(36)}${label}${RESET}${sgr(1)}[${RESET}`;
  for (let i = 0; i < width; i++) text += i < filled ? `${colours[Math.min(colours.length - 1, Math.floor((i / width) * colours.length))]}|` : ' ';
  return `${text}${RESET}${sgr(1)}${percent.toFixed(1).padStart(5)}%]${RESET}`;
}

/** htop-like monitor, refreshed every second or two: 256-colour CPU bars, true-colour memory bars, boxes. */
export const htop: Scene = function* (s, untilUs) {
  const r = s.random;
  yield* s.command('htop');
  yield* s.out(`${ENTER_ALTERNATE}${HIDE_CURSOR}`);
  const cpus = r.int(2, 8);
  const stopAt = Math.min(untilUs, s.t + r.between(8, s.dense ? 60 : 25) * 1e6);
  let load = r.between(0.2, 3);
  const cpuLoad = Array.from({ length: cpus }, () => r.between(5, 60));
  let first = true;
  while (first || s.t < stopAt) {
    const cols = s.cols;
    const half = Math.floor(cols / 2);
    const barWidth = Math.max(8, half - 14);
    let text = first ? CLEAR_SCREEN : '';
    first = false;
    // A box around the meters, drawn with line characters.
    text += `${at(1, 1)}${sgr(36)}┌─ cpu ${'─'.repeat(Math.max(0, cols - 9))}┐${RESET}`;
    for (let c = 0; c < cpus; c++) {
      cpuLoad[c] = Math.max(1, Math.min(100, cpuLoad[c]! + r.between(-20, 20)));
      const meter = bar(`${String(c + 1).padStart(3)}`, cpuLoad[c]!, barWidth, [colour256(70), colour256(112), colour256(220), colour256(202), colour256(160)]);
      text += `${at(2 + c, 1)}${sgr(36)}│${RESET}${meter}${at(2 + c, cols)}${sgr(36)}│${RESET}`;
    }
    const memory = r.between(30, 85);
    const swap = r.between(0, 15);
    text += `${at(2 + cpus, 1)}${sgr(36)}│${RESET}${bar('Mem', memory, barWidth, [trueColour(80, 200, 120), trueColour(90, 160, 230), trueColour(230, 180, 60)])}${at(2 + cpus, cols)}${sgr(36)}│${RESET}`;
    text += `${at(3 + cpus, 1)}${sgr(36)}│${RESET}${bar('Swp', swap, barWidth, [trueColour(220, 60, 60)])}${at(3 + cpus, cols)}${sgr(36)}│${RESET}`;
    load = Math.max(0.05, load + r.between(-0.3, 0.3));
    const uptime = 12 * 86400 + Math.floor(s.t / 1e6);
    const info = [
      `${sgr(36)}Tasks: ${sgr(1)}${r.int(120, 180)}${RESET}${sgr(36)}, ${r.int(280, 340)} thr; ${sgr(1, 32)}${r.int(1, 4)}${RESET}${sgr(36)} running${RESET}`,
      `${sgr(36)}Load average: ${sgr(1)}${load.toFixed(2)} ${(load * 0.9).toFixed(2)} ${(load * 0.8).toFixed(2)}${RESET}`,
      `${sgr(36)}Uptime: ${sgr(1)}${Math.floor(uptime / 86400)} days, ${new Date((uptime % 86400) * 1000).toISOString().slice(11, 19)}${RESET}`,
    ];
    info.forEach((line, i) => {
      text += `${at(2 + i, half + 2)}${line}${CLEAR_LINE}${at(2 + i, cols)}${sgr(36)}│${RESET}`;
    });
    text += `${at(4 + cpus, 1)}${sgr(36)}└${'─'.repeat(Math.max(0, cols - 2))}┘${RESET}`;
    const headerRow = 5 + cpus;
    text += `${at(headerRow, 1)}${sgr(30, 42)}${fit('    PID USER       PRI  NI  VIRT   RES   SHR S  CPU% MEM%   TIME+  Command', cols)}${RESET}`;
    const listRows = Math.max(0, s.rows - headerRow - 1);
    for (let i = 0; i < listRows; i++) {
      const cpu = Math.max(0, 40 / (i + 1) + r.between(-2, 2));
      const command = PROCESSES[(i * 5 + r.int(0, 1)) % PROCESSES.length]!;
      const line = `${String(1000 + i * 37).padStart(7)} ${fit(i % 3 === 0 ? 'postgres' : i % 3 === 1 ? 'www-data' : 'root', 10)} ${String(20).padStart(3)} ${String(0).padStart(3)} ${String(r.int(100, 9000)).padStart(4)}M ${String(r.int(10, 900)).padStart(4)}M ${String(r.int(5, 90)).padStart(4)}M ${cpu > 5 ? 'R' : 'S'} ${cpu.toFixed(1).padStart(5)} ${r.between(0, 12).toFixed(1).padStart(4)} ${String(r.int(0, 99)).padStart(3)}:${String(r.int(0, 59)).padStart(2, '0')}.${String(r.int(0, 99)).padStart(2, '0')} `;
      const colour = cpu > 20 ? colour256(208) : '';
      text += `${at(headerRow + 1 + i, 1)}${i === 0 ? sgr(30, 46) : ''}${fit(line, Math.min(line.length, cols))}${i === 0 ? '' : colour}${fit(command, Math.max(0, cols - line.length))}${RESET}`;
    }
    const keys = ['Help', 'Setup', 'Search', 'Filter', 'Tree', 'SortBy', 'Nice -', 'Nice +', 'Kill', 'Quit'];
    text += `${at(s.rows, 1)}${keys.map((k, i) => `F${i + 1}${sgr(30, 46)}${k.padEnd(6)}${RESET}`).join('')}${background256(236)}${CLEAR_LINE}${RESET}`;
    yield* s.out(text);
    s.wait(s.dense ? r.between(0.9, 1.1) : r.between(1.4, 2.1));
  }
  yield* s.out(`${SHOW_CURSOR}${at(s.rows, 1)}${LEAVE_ALTERNATE}`);
};

/** less over a log: page by page, a search with highlighted matches, then quit. */
export function less(lines: (s: Shell, count: number) => string[]): Scene {
  return function* (s, untilUs) {
    const r = s.random;
    const file = r.pick(['/var/log/syslog', '/var/log/auth.log', '/var/log/postgresql/postgresql-15-main.log']);
    yield* s.command(`less ${file}`);
    yield* s.out(ENTER_ALTERNATE);
    const page = s.rows - 1;
    const total = r.int(page * 3, page * 12);
    const content = lines(s, total);
    yield* s.out(`${CLEAR_SCREEN}${content.slice(0, page).join('\r\n')}\r\n${sgr(7)}${file}${sgr(27)}`);
    let top = 0;
    while (top + page < total && s.t < untilUs) {
      s.think(0.4, 2.5);
      if (r.chance(0.15)) {
        // Search: matches shown in reverse video.
        yield* s.out(`\r${CLEAR_LINE}/`);
        yield* s.type('error');
        s.press();
        top = Math.min(total - page, top + r.int(1, page));
        const shown = content.slice(top, top + page).map((line) => line.replace(/error/gi, (m) => `${sgr(7)}${m}${sgr(27)}`));
        yield* s.out(`${CLEAR_SCREEN}${shown.join('\r\n')}\r\n:`);
        continue;
      }
      const step = r.chance(0.6) ? page : r.int(1, 3);
      const next = content.slice(top + page, top + page + step);
      top += next.length;
      yield* s.out(`\r${CLEAR_LINE}${next.join('\r\n')}\r\n${top + page >= total ? `${sgr(7)}(END)${sgr(27)}` : ':'}`);
    }
    s.think(0.5, 1.5);
    yield* s.out(`\r${CLEAR_LINE}${LEAVE_ALTERNATE}`);
  };
}
