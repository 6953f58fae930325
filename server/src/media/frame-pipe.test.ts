import { createHash } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FramePipe, FramePipeClosed } from './frame-pipe.js';
import { runTool } from './run-tool.js';

/** A reader of its standard input to the end: how many bytes, and their SHA-256. */
const COUNT_AND_HASH = `
  const hash = require('node:crypto').createHash('sha256');
  let bytes = 0;
  process.stdin.on('data', (chunk) => { bytes += chunk.length; hash.update(chunk); });
  process.stdin.on('end', () => process.stdout.write(bytes + ' ' + hash.digest('hex')));
`;

describe('FramePipe', () => {
  it('hands a process each header and frame in order, reusing the slots once they are written', async () => {
    const slotBytes = 64 * 1024;
    const pipe = await FramePipe.open(3, slotBytes);
    try {
      const expected = createHash('sha256');
      let bytes = 0;
      const reading = runTool(process.execPath, ['-e', COUNT_AND_HASH], { stdin: pipe.input });
      const opening = Buffer.from('opening bytes');
      pipe.send(opening);
      expected.update(opening);
      bytes += opening.length;
      const slotsSeen = new Set<number>();
      for (let frame = 0; frame < 20; frame++) {
        // More frames than slots: each take waits for a written one to come back.
        const slot = await pipe.take();
        slotsSeen.add(slot.byteOffset);
        slot.fill(frame);
        const header = Buffer.from(`frame ${frame}`);
        expected.update(header).update(slot);
        bytes += header.length + slot.length;
        pipe.send(header, slot, () => pipe.give(slot));
      }
      pipe.end();
      const result = await reading;
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toBe(`${bytes} ${expected.digest('hex')}`);
      expect(slotsSeen.size).toBeLessThanOrEqual(3);
    } finally {
      await pipe.dispose();
    }
  });

  it('rejects what waits on it once the reader has gone', async () => {
    const pipe = await FramePipe.open(2, 1024 * 1024);
    try {
      const result = await runTool(process.execPath, ['-e', 'process.exit(3)'], { stdin: pipe.input });
      expect(result.exitCode).toBe(3);
      // The writer learns it from the socket: its end closes, or the next write fails.
      if (!pipe.isClosed) pipe.send(Buffer.from('header'), await pipe.take());
      await expect(pipe.closed).rejects.toBeInstanceOf(FramePipeClosed);
      await expect(pipe.take()).rejects.toBeInstanceOf(FramePipeClosed);
      expect(() => pipe.send(Buffer.from('late'))).toThrow(FramePipeClosed);
    } finally {
      await pipe.dispose();
    }
  });

  it('makes its socket elsewhere when the temporary folder is too deep for a socket path', async () => {
    // A Unix socket's path holds at most 107 bytes on Linux, and libuv cuts a longer one short without a
    // word: the socket would land outside its private folder. This folder alone is longer.
    const deep = path.join(os.tmpdir(), `frame-pipe-${process.pid}`, 'd'.repeat(60), 'e'.repeat(60));
    await mkdir(deep, { recursive: true });
    const before = process.env.TMPDIR;
    process.env.TMPDIR = deep;
    try {
      expect(os.tmpdir()).toBe(deep);
      const pipe = await FramePipe.open(2, 16);
      try {
        expect(await readdir(deep)).toEqual([]);
        const reading = runTool(process.execPath, ['-e', COUNT_AND_HASH], { stdin: pipe.input });
        const slot = await pipe.take();
        slot.fill(7);
        pipe.send(Buffer.from('h'), slot);
        pipe.end();
        const result = await reading;
        expect(result.stdout).toBe(`17 ${createHash('sha256').update('h').update(Buffer.alloc(16, 7)).digest('hex')}`);
      } finally {
        await pipe.dispose();
      }
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      await rm(path.join(path.dirname(path.dirname(deep))), { recursive: true, force: true });
    }
  });
});
