import { describe, expect, it } from 'vitest';
import { parseClock, ProgressParser, progressFraction, type ProgressSnapshot } from './progress.js';

// Two blocks as ffmpeg 4.1 writes them with -progress pipe:1 (speed is padded to a width of 4).
const SAMPLE = [
  'frame=66',
  'fps=0.00',
  'stream_0_0_q=25.0',
  'bitrate= 619.6kbits/s',
  'total_size=524336',
  'out_time_us=6769667',
  'out_time_ms=6769667',
  'out_time=00:00:06.769667',
  'dup_frames=0',
  'drop_frames=0',
  'speed=13.5x',
  'progress=continue',
  'frame=100',
  'fps=0.00',
  'out_time_us=10012333',
  'out_time_ms=10012333',
  'out_time=00:00:10.012333',
  'speed=  12x',
  'progress=end',
  '',
].join('\n');

const EXPECTED: ProgressSnapshot[] = [
  { outTimeSeconds: 6.769667, frame: 66, speed: 13.5, done: false },
  { outTimeSeconds: 10.012333, frame: 100, speed: 12, done: true },
];

function parseAll(chunks: string[]): ProgressSnapshot[] {
  const parser = new ProgressParser();
  return chunks.flatMap((chunk) => parser.push(chunk));
}

describe('ProgressParser', () => {
  it('emits one snapshot per block', () => {
    expect(parseAll([SAMPLE])).toEqual(EXPECTED);
  });

  it('gives the same snapshots however the text is split into chunks', () => {
    expect(parseAll([...SAMPLE])).toEqual(EXPECTED);
    for (const size of [2, 3, 7, 13, 50]) {
      const chunks: string[] = [];
      for (let i = 0; i < SAMPLE.length; i += size) chunks.push(SAMPLE.slice(i, i + size));
      expect(parseAll(chunks)).toEqual(EXPECTED);
    }
  });

  it('handles CRLF line endings, including a CR and LF in different chunks', () => {
    const crlf = SAMPLE.replaceAll('\n', '\r\n');
    expect(parseAll([crlf])).toEqual(EXPECTED);
    const cut = crlf.indexOf('\r\n') + 1;
    expect(parseAll([crlf.slice(0, cut), crlf.slice(cut)])).toEqual(EXPECTED);
  });

  it('emits nothing until a progress line closes the block', () => {
    const parser = new ProgressParser();
    expect(parser.push('frame=1\nout_time_us=1000000\n')).toEqual([]);
    expect(parser.push('progress=cont')).toEqual([]);
    expect(parser.push('inue\n')).toEqual([{ outTimeSeconds: 1, frame: 1, done: false }]);
  });

  it('reads out_time_ms as microseconds, as ffmpeg means it', () => {
    expect(parseAll(['out_time_ms=2500000\nprogress=continue\n'])).toEqual([{ outTimeSeconds: 2.5, done: false }]);
  });

  it('falls back to out_time as HH:MM:SS.micro', () => {
    expect(parseAll(['out_time=01:02:03.250000\nprogress=continue\n'])[0]?.outTimeSeconds).toBe(3723.25);
  });

  it('keeps the previous time when ffmpeg reports N/A, and leaves out unknown frame and speed', () => {
    const snapshots = parseAll([
      'frame=5\nout_time_us=2000000\nspeed=2x\nprogress=continue\n',
      'frame=N/A\nout_time_us=N/A\nout_time_ms=N/A\nout_time=N/A\nspeed=N/A\nprogress=continue\n',
    ]);
    expect(snapshots[1]).toEqual({ outTimeSeconds: 2, done: false });
  });

  it('never goes below zero or backwards', () => {
    const snapshots = parseAll([
      'out_time_us=-40000\nout_time=-00:00:00.040000\nprogress=continue\n',
      'out_time_us=3000000\nprogress=continue\n',
      'out_time_us=2000000\nprogress=end\n',
    ]);
    expect(snapshots.map((s) => s.outTimeSeconds)).toEqual([0, 3, 3]);
    expect(snapshots.at(-1)?.done).toBe(true);
  });

  it('ignores lines that are not key=value', () => {
    expect(parseAll(['garbage\n=x\nout_time_us=1000000\nprogress=continue\n'])).toEqual([{ outTimeSeconds: 1, done: false }]);
  });
});

describe('parseClock', () => {
  it('reads clock times, with many or no decimals and a sign', () => {
    expect(parseClock('00:00:10.007000000')).toBeCloseTo(10.007, 9);
    expect(parseClock('1:00:00')).toBe(3600);
    expect(parseClock('-00:00:00.5')).toBe(-0.5);
  });

  it('rejects anything else', () => {
    expect(parseClock('N/A')).toBeUndefined();
    expect(parseClock('10.5')).toBeUndefined();
    expect(parseClock('')).toBeUndefined();
  });
});

describe('progressFraction', () => {
  it('is the share of the duration, clamped to [0, 1]', () => {
    expect(progressFraction(5, 10)).toBe(0.5);
    expect(progressFraction(12, 10)).toBe(1);
    expect(progressFraction(-1, 10)).toBe(0);
  });

  it('is 0 while the duration is unknown', () => {
    expect(progressFraction(5, 0)).toBe(0);
    expect(progressFraction(5, -3)).toBe(0);
    expect(progressFraction(5, Number.NaN)).toBe(0);
    expect(progressFraction(Number.NaN, 10)).toBe(0);
  });
});
