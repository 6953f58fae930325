import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AsciicastError } from './asciicast.js';
import { castText, startsLikeAsciicast } from './cast-text.js';
import { readAsciicast } from './read-asciicast.js';
import { summarizeAsciicast } from './summarize.js';
import { asciicastV2Lines } from './to-v2.js';

// What hostile or damaged files do to the reader: each is refused as an AsciicastError with the
// line it was on, or read; nothing else is thrown and no stream error goes unhandled (vitest
// fails a run on any unhandled error).

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'custodian-cast-limits-'));
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

async function failure(run: () => Promise<unknown>): Promise<AsciicastError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AsciicastError);
  return error as AsciicastError;
}

async function readAll(target: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of asciicastV2Lines(target)) lines.push(line);
  return lines;
}

const HEADER = '{"version": 2, "width": 80, "height": 24}';
const FIVE_MB = 'A'.repeat(5_000_000);

describe('asciicast limits', () => {
  it('refuses a 5 MB event line of a small .cast.gz with its line number', async () => {
    const packed = gzipSync(`${HEADER}\n[0.1, "o", "ok"]\n[0.2, "o", "${FIVE_MB}"]\n[0.3, "o", "after"]\n`);
    expect(packed.length).toBeLessThan(50_000);
    const target = await file(packed, 'big-event.cast.gz');
    const error = await failure(() => summarizeAsciicast(target));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^line 3: the line is longer than 2 MiB/);
    expect((await failure(() => readAll(target))).line).toBe(3);
  });

  it('refuses a .cast.gz that is one 5 MB line, header or not', async () => {
    const header = await file(gzipSync(`{"version": 2, "width": 80, "height": 24, "title": "${FIVE_MB}"}`), 'big-header.cast.gz');
    expect((await failure(() => readAsciicast(header))).message).toMatch(/^line 1: the line is longer than 2 MiB/);
    const junk = await file(gzipSync(FIVE_MB), 'junk.cast.gz');
    expect((await failure(() => readAsciicast(junk))).line).toBe(1);
  });

  it('still reads a version 1 document written on one line longer than the line limit', async () => {
    const stdout = Array.from({ length: 40_000 }, (_, i) => [0.001, `frame ${i} ${'x'.repeat(60)}\r\n`]);
    const text = JSON.stringify({ version: 1, width: 80, height: 24, stdout });
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    const summary = await summarizeAsciicast(await file(gzipSync(text), 'v1-one-line.cast.gz'));
    expect(summary).toMatchObject({ outputEvents: 40_000, maxCols: 80 });
  });

  it('refuses gzip that is cut short or corrupt in the middle, with the line it reached', async () => {
    const lines = [HEADER, ...Array.from({ length: 5000 }, (_, i) => JSON.stringify([i / 10, 'o', `line ${i} ${Math.sin(i)}\r\n`]))].join('\n');
    const packed = gzipSync(lines);
    const cut = await file(packed.subarray(0, Math.floor(packed.length / 2)), 'cut.cast.gz');
    const cutError = await failure(() => summarizeAsciicast(cut));
    expect(cutError.message).toMatch(/gzip data is corrupt or cut short/);
    expect(cutError.line).toBeGreaterThan(1);

    const damaged = Buffer.from(packed);
    damaged.fill(0xff, 2000, 2400);
    const damagedFile = await file(damaged, 'damaged.cast.gz');
    expect((await failure(() => summarizeAsciicast(damagedFile))).message).toMatch(/gzip|JSON/);
  });

  it('reads invalid UTF-8 as replacement characters rather than failing', async () => {
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\n[0.5, "o", "bad `), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"]\n')]);
    const lines = await readAll(await file(bytes));
    expect(JSON.parse(lines[1]!)).toEqual([0.5, 'o', 'bad \uFFFD\uFFFD\uFFFD']);
  });

  it('refuses what cannot be read at all as an AsciicastError', async () => {
    expect((await failure(() => readAsciicast(path.join(dir, 'missing.cast')))).message).toMatch(/cannot be read \(ENOENT\)/);
    const folder = path.join(dir, 'a-folder.cast');
    await fs.mkdir(folder);
    expect((await failure(() => readAsciicast(folder))).message).toMatch(/cannot be read \(EISDIR\)/);
  });

  it('stops reading past the most text a recording may hold', async () => {
    const target = await file(gzipSync(`${HEADER}\n${'[0.1, "o", "x"]\n'.repeat(1000)}`));
    let chunks = 0;
    const error = await failure(async () => {
      for await (const _chunk of castText(target, 4096)) chunks++;
    });
    expect(chunks).toBe(0);
    expect(error.message).toMatch(/holds more than .* of text/);
  });
});

describe('startsLikeAsciicast', () => {
  it('tells terminal recordings from anything else by their first bytes, not their name', async () => {
    expect(await startsLikeAsciicast(await file(`\n  ${HEADER}`, 'session.mp4'))).toBe(true);
    expect(await startsLikeAsciicast(await file(gzipSync('anything'), 'x.bin'))).toBe(true);
    expect(await startsLikeAsciicast(await file('#EXTM3U\n#EXT-X-TARGETDURATION:10\n', 'x.cast'))).toBe(false);
    expect(await startsLikeAsciicast(await file(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), 'x.cast'))).toBe(false);
    expect(await startsLikeAsciicast(path.join(dir, 'missing'))).toBe(false);
  });
});
