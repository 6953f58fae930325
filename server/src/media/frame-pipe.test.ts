import { createHash } from 'node:crypto';
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
});
