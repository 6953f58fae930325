import { describe, expect, it } from 'vitest';
import { AsciicastError } from './asciicast.js';
import { type CastLine, LineTooLong, MAX_LINE_BYTES, splitLines } from './cast-lines.js';

const CHUNK = 64 * 1024;

async function all(lines: AsyncIterable<CastLine>): Promise<CastLine[]> {
  const read: CastLine[] = [];
  for await (const line of lines) read.push(line);
  return read;
}

async function refusal(lines: AsyncIterable<CastLine>): Promise<AsciicastError> {
  const error = await all(lines).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AsciicastError);
  return error as AsciicastError;
}

async function* chunksOf(...parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.isBuffer(part) ? part : Buffer.from(part);
}

describe('splitLines', () => {
  it('numbers every line, blank ones too, across chunk boundaries and CRLF endings', async () => {
    const lines = await all(splitLines(chunksOf('{"a"', ': 1}\r\n\n[1, "o", ', '"x"]\n[2, "o", "é', Buffer.from([0xa9]), '"]')));
    expect(lines).toEqual([
      { number: 1, text: '{"a": 1}' },
      { number: 2, text: '' },
      { number: 3, text: '[1, "o", "x"]' },
      { number: 4, text: '[2, "o", "é\uFFFD"]' },
    ]);
  });

  it('refuses a 5 MB line with its number once the limit has arrived, without reading or holding the rest', async () => {
    let pulled = 0;
    async function* fiveMegabyteEvent(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"version": 2, "width": 80, "height": 24}\n[0.1, "o", "');
      const block = Buffer.alloc(CHUNK, 0x41);
      for (let sent = 0; sent < 5_000_000; sent += CHUNK) {
        pulled += CHUNK;
        yield block;
      }
      yield Buffer.from('"]\n');
    }
    const error = await refusal(splitLines(fiveMegabyteEvent()));
    expect(error).toBeInstanceOf(LineTooLong);
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^line 2: the line is longer than 2 MiB/);
    // The line was refused when the limit was crossed: a chunk past it, not 5 MB, was taken.
    expect(pulled).toBeLessThanOrEqual(MAX_LINE_BYTES + CHUNK);
    expect((error as LineTooLong).head.length).toBeLessThanOrEqual(64 * 1024);
  });

  it('stops the source when it refuses, so its file is closed', async () => {
    let closed = false;
    async function* endless(): AsyncGenerator<Buffer> {
      try {
        for (;;) yield Buffer.alloc(CHUNK, 0x20);
      } finally {
        closed = true;
      }
    }
    await refusal(splitLines(endless(), 1024));
    expect(closed).toBe(true);
  });

  it('turns a failing source into an AsciicastError at the line it was on', async () => {
    async function* broken(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"version": 2}\n[1, "o",');
      throw Object.assign(new Error('unexpected end of file'), { code: 'Z_BUF_ERROR' });
    }
    const error = await refusal(splitLines(broken()));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^line 2: /);
  });
});
