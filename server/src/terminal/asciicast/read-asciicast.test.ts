import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AsciicastError, type AsciicastEvent } from './asciicast.js';
import { readAsciicast } from './read-asciicast.js';
import { summarizeAsciicast } from './summarize.js';
import { asciicastV2Lines } from './to-v2.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'custodian-cast-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function file(content: string | Buffer, name = `r${counter++}.cast`): Promise<string> {
  const target = path.join(dir, name);
  await fs.writeFile(target, content);
  return target;
}

async function events(target: string): Promise<AsciicastEvent[]> {
  const cast = await readAsciicast(target);
  const all: AsciicastEvent[] = [];
  for await (const event of cast.events) all.push(event);
  return all;
}

async function failure(run: () => Promise<unknown>): Promise<AsciicastError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AsciicastError) return error;
    throw error;
  }
  throw new Error('expected an AsciicastError');
}

const V2 = [
  '{"version": 2, "width": 80, "height": 24, "timestamp": 1700000000, "title": "deploy", "command": "/bin/bash", "env": {"TERM": "xterm-256color", "SHELL": null}, "theme": {"fg": "#D0D0D0", "bg": "#101010", "palette": "#000000:#aa0000:#00aa00:#aa5500:#0000aa:#aa00aa:#00aaaa:#aaaaaa"}}',
  '[0.5, "o", "$ ls\\r\\n"]',
  '',
  '[1.25, "i", "q"]',
  '[2.0, "r", "100x30"]',
  '[2.5, "m", "checkpoint"]',
  '[3.0, "z", "unknown codes are ignored"]',
  '[4.75, "o", "bye"]',
].join('\n');

describe('readAsciicast', () => {
  it('reads a v2 header and events with absolute times', async () => {
    const cast = await readAsciicast(await file(V2));
    expect(cast.header).toMatchObject({
      version: 2,
      cols: 80,
      rows: 24,
      timestamp: 1700000000,
      title: 'deploy',
      command: '/bin/bash',
      termType: 'xterm-256color',
    });
    expect(cast.header.env).toEqual({ TERM: 'xterm-256color' });
    expect(cast.header.theme).toEqual({
      fg: '#d0d0d0',
      bg: '#101010',
      palette: ['#000000', '#aa0000', '#00aa00', '#aa5500', '#0000aa', '#aa00aa', '#00aaaa', '#aaaaaa'],
    });
    const all: AsciicastEvent[] = [];
    for await (const event of cast.events) all.push(event);
    expect(all).toEqual([
      { time: 0.5, code: 'o', data: '$ ls\r\n' },
      { time: 1.25, code: 'i', data: 'q' },
      { time: 2, code: 'r', data: '100x30' },
      { time: 2.5, code: 'm', data: 'checkpoint' },
      { time: 4.75, code: 'o', data: 'bye' },
    ]);
  });

  it('reads v3: term object, intervals summed into times, comments, exit events', async () => {
    const target = await file(
      [
        '{"version": 3, "term": {"cols": 120, "rows": 40, "type": "xterm-kitty", "theme": {"fg": "#ffffff", "bg": "#000000", "palette": "#000000:#111111:#222222:#333333:#444444:#555555:#666666:#777777:#888888:#999999:#aaaaaa:#bbbbbb:#cccccc:#dddddd:#eeeeee:#ffffff"}}, "timestamp": 1700000100, "idle_time_limit": 2}',
        '# a comment line',
        '[0.25, "o", "a"]',
        '[0.5, "o", "b"]',
        '[1.0, "r", "90x20"]',
        '[0.125, "x", "0"]',
      ].join('\n'),
    );
    const cast = await readAsciicast(target);
    expect(cast.header).toMatchObject({ version: 3, cols: 120, rows: 40, termType: 'xterm-kitty', idleTimeLimit: 2 });
    expect(cast.header.theme?.palette).toHaveLength(16);
    const all: AsciicastEvent[] = [];
    for await (const event of cast.events) all.push(event);
    expect(all.map((e) => [e.time, e.code])).toEqual([
      [0.25, 'o'],
      [0.75, 'o'],
      [1.75, 'r'],
      [1.875, 'x'],
    ]);
  });

  it('reads v1, one JSON document with delays, also pretty-printed', async () => {
    const document = {
      version: 1,
      width: 40,
      height: 10,
      duration: 1.5,
      command: 'top',
      title: 'v1',
      env: { TERM: 'xterm' },
      stdout: [
        [0.5, 'one'],
        [1.0, 'two'],
      ],
    };
    for (const text of [JSON.stringify(document), JSON.stringify(document, null, 2)]) {
      const target = await file(text);
      const cast = await readAsciicast(target);
      expect(cast.header).toMatchObject({ version: 1, cols: 40, rows: 10, command: 'top', title: 'v1', termType: 'xterm' });
      expect(await events(target)).toEqual([
        { time: 0.5, code: 'o', data: 'one' },
        { time: 1.5, code: 'o', data: 'two' },
      ]);
    }
  });

  it('reads gzip-compressed recordings of every version', async () => {
    const target = await file(gzipSync(V2), 'session.cast.gz');
    expect((await events(target)).length).toBe(5);
    const v1 = await file(gzipSync(JSON.stringify({ version: 1, width: 10, height: 5, stdout: [[0.1, 'x']] })), 'old.cast.gz');
    expect(await events(v1)).toEqual([{ time: 0.1, code: 'o', data: 'x' }]);
  });

  it('holds times that go backwards at the last time', async () => {
    const target = await file(['{"version": 2, "width": 10, "height": 5}', '[1.0, "o", "a"]', '[0.9, "o", "b"]', '[1.2, "o", "c"]'].join('\n'));
    expect((await events(target)).map((e) => e.time)).toEqual([1, 1, 1.2]);
  });

  it('refuses bad lines with their line number and the reason', async () => {
    const cases: [string, number, RegExp][] = [
      [['{"version": 2, "width": 80, "height": 24}', '[0.1, "o", "ok"]', '[0.2, "o", "broken'].join('\n'), 3, /not valid JSON/],
      [['{"version": 2, "width": 80, "height": 24}', '{"not": "an event"}'].join('\n'), 2, /JSON array/],
      [['{"version": 2, "width": 80, "height": 24}', '', '["soon", "o", "x"]'].join('\n'), 3, /event time/],
      [['{"version": 2, "width": 80, "height": 24}', '[1, "o", 42]'].join('\n'), 2, /event data must be a text/],
      [['{"version": 2, "width": 80, "height": 24}', '[1, "r", "huge"]'].join('\n'), 2, /resize event/],
      [['{"version": 3, "term": {"cols": 80, "rows": 24}}', '# fine', '[-1, "o", "x"]'].join('\n'), 3, /at least 0/],
      ['{"version": 2, "width": 0, "height": 24}', 1, /width must be a whole number/],
      ['{"version": 3, "width": 80, "height": 24}', 1, /"term" object/],
      ['{"version": 7, "width": 80, "height": 24}', 1, /unsupported asciicast version 7/],
    ];
    for (const [text, line, reason] of cases) {
      const error = await failure(async () => events(await file(text)));
      expect(error.line, text).toBe(line);
      expect(error.message).toMatch(reason);
      expect(error.message).toMatch(new RegExp(`^line ${line}: `));
    }
  });

  it('refuses empty files, non-JSON files, corrupt gzip and bad v1 frames', async () => {
    expect((await failure(async () => readAsciicast(await file('')))).message).toMatch(/empty/);
    expect((await failure(async () => readAsciicast(await file('hello, I am not a recording\n')))).message).toMatch(/not a JSON header/);
    const gz = gzipSync(V2);
    expect((await failure(async () => events(await file(Buffer.concat([gz.subarray(0, 30), Buffer.alloc(40, 7)]), 'bad.cast.gz')))).message).toMatch(
      /gzip|JSON/,
    );
    const v1 = JSON.stringify(
      {
        version: 1,
        width: 40,
        height: 10,
        stdout: [
          [0.5, 'one'],
          ['later', 'two'],
        ],
      },
      null,
      2,
    );
    const error = await failure(async () => readAsciicast(await file(v1)));
    expect(error.message).toMatch(/stdout frame 2/);
    expect(error.line).toBeGreaterThan(1);
  });
});

describe('summarizeAsciicast', () => {
  it('computes duration from the events, the largest size, and counts', async () => {
    const summary = await summarizeAsciicast(await file(V2));
    expect(summary).toMatchObject({ durationSeconds: 4.75, maxCols: 100, maxRows: 30, outputEvents: 2, inputEvents: 1, resizes: 1, markers: 1 });
  });
});

describe('asciicastV2Lines', () => {
  it('writes any version as v2 lines with absolute times', async () => {
    const target = await file(
      ['{"version": 3, "term": {"cols": 20, "rows": 5, "type": "xterm"}, "title": "t"}', '[0.5, "o", "a"]', '[0.25, "o", "b"]', '[0, "x", "0"]'].join('\n'),
    );
    const lines: string[] = [];
    for await (const line of asciicastV2Lines(target)) lines.push(line);
    expect(JSON.parse(lines[0]!)).toEqual({ version: 2, width: 20, height: 5, title: 't', env: { TERM: 'xterm' } });
    expect(lines.slice(1).map((l) => JSON.parse(l))).toEqual([
      [0.5, 'o', 'a'],
      [0.75, 'o', 'b'],
    ]);
  });
});
