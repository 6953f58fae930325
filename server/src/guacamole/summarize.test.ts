import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeInstruction as encode } from './encode-instruction.js';
import { GuacamoleError } from './guacamole-error.js';
import { GuacamoleReader, startsLikeGuacamole } from './read-guacamole.js';
import { summarizeGuacamole } from './summarize.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/guac');
const corpusPresent = await fsp.stat(CORPUS).then(
  () => true,
  () => false,
);
if (!corpusPresent) console.warn(`Skipping the Guacamole corpus summaries: ${CORPUS} is absent (it holds recordings written by guacd).`);

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'guac-summary-'));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fsp.writeFile(file, content);
  return file;
}

async function refusal(file: string): Promise<GuacamoleError> {
  const error = await summarizeGuacamole(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GuacamoleError)) throw new Error(`expected a GuacamoleError, got ${String(error)}`);
  return error;
}

/** A small terminal-like session: sizes, nested layers, keys typed, a mouse move, syncs. */
const SESSION = [
  encode('size', 1, 0, 0),
  encode('move', 2, 1, 0, 0, 1),
  encode('move', 1, 0, 7, 7, 0),
  encode('size', 0, 1024, 768),
  encode('move', 3, 0, 1008, 0, 1),
  encode('move', 4, 3, 2, 2, 0),
  encode('sync', 5000, 0),
  encode('key', 104, 1, 5100),
  encode('key', 104, 0, 5150),
  encode('mouse', 10, 20, 0, 4990),
  encode('size', 0, 1280, 720),
  encode('name', 'ünïcödé 日本'),
  encode('sync', 7500, 0),
].join('');

describe('summarizeGuacamole', () => {
  it('reads the size, duration, keys and layout of a session', async () => {
    const summary = await summarizeGuacamole(await write('session.guac', SESSION));
    expect(summary).toEqual({
      width: 1280,
      height: 768,
      durationSeconds: 2.51,
      protocol: null,
      terminalLayout: true,
      keysRecorded: true,
      instructions: 13,
      gzip: false,
      truncated: null,
      firstTimestampMs: 4990,
      lastTimestampMs: 7500,
    });
  });

  it('reads gzip by its bytes, whatever the name', async () => {
    const summary = await summarizeGuacamole(await write('session.bin', gzipSync(SESSION)));
    expect(summary).toMatchObject({ gzip: true, instructions: 13, width: 1280, truncated: null });
  });

  it('reads a recording still being written up to its last complete instruction, and says so', async () => {
    const whole = Buffer.from(SESSION);
    const cut = whole.subarray(0, whole.length - 5);
    const lastStart = whole.length - Buffer.byteLength(encode('sync', 7500, 0));
    const summary = await summarizeGuacamole(await write('cut.guac', cut));
    expect(summary).toMatchObject({ instructions: 12, truncated: { byteOffset: lastStart, instruction: 13 }, lastTimestampMs: 5150 });
    // A gzip file cut off while it was written is read as far as it goes.
    const gz = gzipSync(cut);
    const gzCut = await summarizeGuacamole(await write('cut.guac.gz', gz.subarray(0, gz.length - 12)));
    expect(gzCut.gzip).toBe(true);
    expect(gzCut.truncated).not.toBeNull();
    expect(gzCut.instructions).toBeGreaterThan(0);
  });

  it('refuses a file that is not a Guacamole dump with the byte, the instruction and the reason', async () => {
    const cast = await refusal(await write('a.cast', '{"version": 2, "width": 80, "height": 24}\n[0.1, "o", "hi"]\n'));
    expect(cast).toMatchObject({ byteOffset: 0, instruction: 1 });
    expect(cast.message).toMatch(/^at byte 0 \(instruction 1\): expected a digit/);
    const broken = await refusal(await write('broken.guac', `${encode('size', 0, 640, 480)}${encode('sync', 1, 0)}4.rect,1.0,1.0x`));
    expect(broken).toMatchObject({ instruction: 3, byteOffset: Buffer.byteLength(`${encode('size', 0, 640, 480)}${encode('sync', 1, 0)}`) + 14 });
    expect((await refusal(await write('empty.guac', ''))).reason).toBe('the file is empty');
    expect((await refusal(await write('nosize.guac', encode('sync', 1, 0)))).reason).toContain('never gives the display (layer 0) a size');
    expect((await refusal(await write('huge.guac', encode('size', 0, 100000, 10)))).reason).toContain('100000x10');
    // Each size within guacd's limit, together a display larger than an export's frame may be.
    const grown = `${encode('size', 0, 8192, 16)}${encode('size', 0, 16, 8192)}${encode('sync', 1, 0)}`;
    expect((await refusal(await write('grown.guac', grown))).reason).toBe(
      "the display grows to 8192x8192, larger than an export's frame may be: at most 8192 pixels a side and 33,177,600 pixels in all (7680 × 4320)",
    );
  });

  it('refuses corrupt gzip data as a GuacamoleError', async () => {
    const gz = gzipSync(SESSION);
    for (let i = 12; i < gz.length - 8; i += 7) gz[i] = gz[i]! ^ 0x5a;
    const error = await refusal(await write('corrupt.guac.gz', gz));
    expect(error.reason).toMatch(/gzip data is corrupt|expected|element/);
  });

  it('refuses a missing file as a GuacamoleError', async () => {
    expect((await refusal(path.join(dir, 'missing.guac'))).reason).toContain('ENOENT');
  });

  it('reads a file of many chunks with the batches the reader yields', async () => {
    const blob = encode('blob', 1, 'QUJD'.repeat(2000));
    const many = [encode('size', 0, 64, 64), ...Array.from({ length: 2000 }, (_, i) => `${blob}${encode('sync', 1000 + i, 0)}`)].join('');
    const file = await write('many.guac', many);
    const reader = await GuacamoleReader.open(file);
    let count = 0;
    let batches = 0;
    for await (const batch of reader.batches()) {
      count += batch.length;
      batches++;
    }
    expect(count).toBe(4001);
    expect(batches).toBeGreaterThan(1);
    expect(reader.truncated).toBeNull();
    expect((await summarizeGuacamole(file)).durationSeconds).toBe(1.999);
  });
});

describe('startsLikeGuacamole', () => {
  it('recognises recordings by content, plain or gzip', async () => {
    expect(await startsLikeGuacamole(await write('s.guac', SESSION))).toBe(true);
    expect(await startsLikeGuacamole(await write('s.anything', gzipSync(SESSION)))).toBe(true);
    expect(await startsLikeGuacamole(await write('s.cut', Buffer.from(SESSION).subarray(0, 30)))).toBe(true);
  });

  it('does not take other files for recordings', async () => {
    const cast = '{"version": 2, "width": 80, "height": 24}\n';
    expect(await startsLikeGuacamole(await write('t.cast', cast))).toBe(false);
    expect(await startsLikeGuacamole(await write('t.cast.gz', gzipSync(cast)))).toBe(false);
    const mp4 = Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex');
    expect(await startsLikeGuacamole(await write('v.mp4', mp4))).toBe(false);
    expect(await startsLikeGuacamole(await write('e.guac', ''))).toBe(false);
    expect(await startsLikeGuacamole(await write('wrong-length.guac', '5.size,1.0;'))).toBe(false);
    expect(await startsLikeGuacamole(await write('framing.guac', `${encode('size', 0, 1, 1)}garbage`))).toBe(false);
    expect(await startsLikeGuacamole(path.join(dir, 'missing'))).toBe(false);
  });
});

describe.skipIf(!corpusPresent)('recordings written by guacd 1.6.0 (../shared/corpus/guac)', () => {
  it('summarizes the VNC desktop as its README describes it', async () => {
    const file = path.join(CORPUS, 'vnc-odd-1023x767-45s.guac');
    expect(await startsLikeGuacamole(file)).toBe(true);
    const summary = await summarizeGuacamole(file);
    expect(summary).toMatchObject({ width: 1023, height: 767, instructions: 10002, keysRecorded: false, gzip: false, truncated: null });
    expect(summary.terminalLayout).toBe(false);
    expect(summary.durationSeconds).toBeCloseTo(44.7, 1);
  });

  it('summarizes the SSH terminal as its README describes it', async () => {
    const file = path.join(CORPUS, 'ssh-terminal-60s.guac');
    const summary = await summarizeGuacamole(file);
    expect(summary).toMatchObject({ width: 1024, height: 768, instructions: 7571, keysRecorded: true, gzip: false, truncated: null });
    expect(summary.terminalLayout).toBe(true);
    expect(summary.durationSeconds).toBeCloseTo(60.2, 1);
  });

  it('reads the corpus gzipped and cut off the same way', async () => {
    const bytes = await fsp.readFile(path.join(CORPUS, 'ssh-terminal-60s.guac'));
    const gz = await summarizeGuacamole(await write('ssh.guac.gz', gzipSync(bytes)));
    expect(gz).toMatchObject({ gzip: true, instructions: 7571, truncated: null });
    const cut = await summarizeGuacamole(await write('ssh-cut.guac', bytes.subarray(0, 700_000)));
    expect(cut.truncated).not.toBeNull();
    expect(cut.instructions).toBe(cut.truncated!.instruction - 1);
    expect(cut.truncated!.byteOffset).toBeLessThan(700_000);
  });
});
