import { describe, expect, it } from 'vitest';
import { readToolFailure } from './failure-reading.js';

describe('readToolFailure', () => {
  it('reads a full disk from errno or from ffmpeg output', () => {
    expect(readToolFailure({ stderrLines: [], errnoCode: 'ENOSPC' }).kind).toBe('DISK_FULL');
    const error = readToolFailure({
      stderrLines: ['[mp4 @ 0x55d0c8] Error writing trailer of /exp/a.mp4.partial: No space left on device'],
      exitCode: 1,
    });
    expect(error.kind).toBe('DISK_FULL');
    expect(error.message).toBe('The disk holding the exports is full. Free some space, then retry the export.');
    expect(error.retryable).toBe(true);
  });

  it('explains a damaged WebM header and drops memory addresses', () => {
    const error = readToolFailure({
      stderrLines: [
        'Truncating packet of size 11372 to 2',
        '[matroska,webm @ 0x24ed8200] EBML header parsing failed',
        '/rec/a.webm: Invalid data found when processing input',
      ],
      inputPath: '/rec/a.webm',
      exitCode: 1,
    });
    expect(error.kind).toBe('SOURCE_CORRUPT');
    expect(error.message).toBe(
      'The source file is corrupt or not a recording ffmpeg can read: its WebM/Matroska header is damaged ' +
        '(ffmpeg: "[matroska,webm] EBML header parsing failed").',
    );
    expect(error.detail).toContain('/rec/a.webm: Invalid data found when processing input');
    expect(error.retryable).toBe(false);
  });

  it('explains an unfinished MP4', () => {
    const error = readToolFailure({
      stderrLines: ['[mov,mp4,m4a,3gp,3g2,mj2 @ 0x1259] moov atom not found', '/rec/a.mp4: Invalid data found when processing input'],
      inputPath: '/rec/a.mp4',
      exitCode: 1,
    });
    expect(error.kind).toBe('SOURCE_CORRUPT');
    expect(error.message).toContain('moov atom');
  });

  it('leaves the path out of a generic line, since the reader knows the file', () => {
    const error = readToolFailure({ stderrLines: ['/rec/a.webm: End of file'], inputPath: '/rec/a.webm', exitCode: 1 });
    expect(error.kind).toBe('SOURCE_CORRUPT');
    expect(error.message).toContain('(ffmpeg: "End of file")');
  });

  it('tells a missing input from a missing output folder', () => {
    const missing = readToolFailure({
      stderrLines: ['/rec/a.webm: No such file or directory'],
      inputPath: '/rec/a.webm',
      exitCode: 1,
    });
    expect(missing.kind).toBe('SOURCE_MISSING');
    expect(missing.message).toBe('The source file is missing: /rec/a.webm. It may have been moved or deleted after import.');

    const output = readToolFailure({
      stderrLines: ['/gone/a.mp4.partial: No such file or directory'],
      inputPath: '/rec/a.webm',
      exitCode: 1,
    });
    expect(output.kind).toBe('FFMPEG_FAILED');
  });

  it('reads a permission problem on the input', () => {
    const error = readToolFailure({ stderrLines: ['/rec/a.webm: Permission denied'], inputPath: '/rec/a.webm', exitCode: 1 });
    expect(error.kind).toBe('SOURCE_UNREADABLE');
    expect(error.message).toContain('(Permission denied)');
  });

  it('summarises anything else with the last two lines and how ffmpeg ended', () => {
    const error = readToolFailure({
      stderrLines: ['first', '[libx264 @ 0xabc] something odd', 'Conversion failed!'],
      exitCode: 1,
    });
    expect(error.kind).toBe('FFMPEG_FAILED');
    expect(error.message).toBe('ffmpeg failed: [libx264] something odd / Conversion failed! (exit code 1).');
    expect(error.detail).toBe('first\n[libx264] something odd\nConversion failed!');
  });

  it('names the signal when ffmpeg was killed without a word', () => {
    const error = readToolFailure({ stderrLines: [], exitCode: null, exitSignal: 'SIGKILL' });
    expect(error.message).toBe('ffmpeg failed: stopped by SIGKILL.');
  });

  it('keeps the summary short', () => {
    const error = readToolFailure({ stderrLines: ['x'.repeat(2000)], exitCode: 1 });
    expect(error.message.length).toBeLessThan(360);
  });
});
