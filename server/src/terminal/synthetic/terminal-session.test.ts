import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAsciicast } from '../asciicast/read-asciicast.js';
import { summarizeAsciicast } from '../asciicast/summarize.js';
import { TERMINAL_SCENES, writeTerminalSession, type TerminalSessionOptions } from './terminal-session.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'custodian-synthetic-cast-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function write(options: TerminalSessionOptions): Promise<string> {
  const file = path.join(dir, `s${counter++}.cast${options.gzip ? '.gz' : ''}`);
  await writeTerminalSession(file, options);
  return file;
}

describe('writeTerminalSession', () => {
  it('writes the same bytes for the same seed, and other bytes for another seed', async () => {
    for (const options of [
      { seed: 11, durationSeconds: 90 },
      { seed: 11, durationSeconds: 90, version: 3 as const, gzip: true, intensity: 'dense' as const },
    ]) {
      const a = await fs.readFile(await write(options));
      const b = await fs.readFile(await write(options));
      const other = await fs.readFile(await write({ ...options, seed: 12 }));
      expect(a.equals(b)).toBe(true);
      expect(a.equals(other)).toBe(false);
    }
  });

  it.each([
    { version: 2 as const, gzip: false, intensity: 'normal' as const, durationSeconds: 5 },
    { version: 2 as const, gzip: true, intensity: 'dense' as const, durationSeconds: 47.5 },
    { version: 3 as const, gzip: false, intensity: 'normal' as const, durationSeconds: 180 },
    { version: 3 as const, gzip: true, intensity: 'dense' as const, durationSeconds: 240 },
  ])('reads back as asciicast v$version (gzip $gzip, $intensity, $durationSeconds s)', async (variant) => {
    const file = await write({ seed: 3, cols: 132, rows: 38, user: 'jdoe', host: 'db-prod-01', timestamp: 1_795_000_000, ...variant });
    const summary = await summarizeAsciicast(file);
    expect(summary.header).toMatchObject({
      version: variant.version,
      cols: 132,
      rows: 38,
      timestamp: 1_795_000_000,
      termType: 'xterm-256color',
      title: 'jdoe@db-prod-01',
      command: 'ssh jdoe@db-prod-01',
    });
    expect(summary.header.env).toMatchObject({ SHELL: '/bin/bash', TERM: 'xterm-256color' });
    expect(Math.abs(summary.durationSeconds - variant.durationSeconds)).toBeLessThan(1);
    expect(summary.exitStatus).toBe(0);
    // The window is shrunk and restored in sessions of 20 s or more, so the first size is the largest.
    expect(summary.resizes).toBe(variant.durationSeconds >= 20 ? 2 : 0);
    expect([summary.maxCols, summary.maxRows]).toEqual([132, 38]);
    const text = await outputOf(file);
    expect(text).toContain('jdoe@db-prod-01');
    expect(text).toContain('Connection to db-prod-01 closed.');
  });

  it.each(TERMINAL_SCENES.filter((name) => name !== 'resize'))('plays the %s scene on its own', async (scene) => {
    const file = await write({ seed: 5, durationSeconds: 60, scenes: [scene] });
    const summary = await summarizeAsciicast(file);
    expect(Math.abs(summary.durationSeconds - 60)).toBeLessThan(1);
    const text = await outputOf(file);
    const marks: Record<string, string> = {
      ls: 'ls ',
      'git-log': 'git log --oneline --graph',
      tail: '^C',
      build: '[100%]',
      apt: 'Progress: [',
      vim: ':wq',
      htop: '\x1b[38;2;',
      less: '\x1b[?1049h',
      psql: 'appdb=> ',
    };
    expect(text).toContain(marks[scene]);
  });

  it('mixes full-screen programs, colour, CJK and emoji into a long session', async () => {
    const text = await outputOf(await write({ seed: 21, durationSeconds: 900 }));
    for (const expected of ['\x1b[?1049h', '\x1b[?1049l', '\x1b[38;5;', '\x1b[38;2;', '┌', '─', '-- INSERT --', 'tail -f', 'htop', 'vim '])
      expect(text).toContain(expected);
    expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(text).toMatch(/\p{Extended_Pictographic}/u);
  });

  it('streams: memory stays flat while a long dense session is written', async () => {
    const file = path.join(dir, 'long.cast');
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    try {
      const result = await writeTerminalSession(file, { seed: 9, durationSeconds: 3600, intensity: 'dense', cols: 140, rows: 40 });
      expect(result.events).toBeGreaterThan(10_000);
    } finally {
      clearInterval(timer);
    }
    const { size } = await fs.stat(file);
    expect(size).toBeGreaterThan(25 * 1024 * 1024);
    // The file is many times larger than what the writer ever held.
    expect(peak - before).toBeLessThan(Math.min(40 * 1024 * 1024, size / 2));
  }, 60_000);

  it('refuses options it cannot honour', async () => {
    await expect(write({ seed: 1, durationSeconds: 0 })).rejects.toThrow(/durationSeconds/);
    await expect(write({ seed: 1, durationSeconds: 10, cols: 2000 })).rejects.toThrow(/cols/);
    await expect(write({ seed: 1, durationSeconds: 10, scenes: ['nope' as never] })).rejects.toThrow(/unknown scenes: nope/);
  });
});

async function outputOf(file: string): Promise<string> {
  let text = '';
  for await (const event of (await readAsciicast(file)).events) if (event.code === 'o') text += event.data;
  return text;
}
