import { describe, expect, it } from 'vitest';
import { FreezeDetectParser, MAX_STILL_STRETCHES } from './freeze-detect-output.js';

// What ffmpeg's freezedetect writes on stderr, among its other lines.
const LOG = `Input #0, matroska,webm, from 'still.webm':
  Duration: 00:00:13.00, start: 0.000000, bitrate: 50 kb/s
Stream mapping:
  Stream #0:0 -> #0:0 (vp8 (native) -> wrapped_avframe (native))
[freezedetect @ 0x37c9fa40] lavfi.freezedetect.freeze_start: 3
[freezedetect @ 0x37c9fa40] lavfi.freezedetect.freeze_duration: 7
[freezedetect @ 0x37c9fa40] lavfi.freezedetect.freeze_end: 10
frame=   65 fps=0.0 q=-0.0 Lsize=N/A time=00:00:13.00 bitrate=N/A speed= 243x
`;

function parse(text: string, duration: number, chunkSize = text.length): ReturnType<FreezeDetectParser['finish']> {
  const parser = new FreezeDetectParser(duration);
  for (let at = 0; at < text.length; at += chunkSize) parser.push(text.slice(at, at + chunkSize));
  return parser.finish();
}

const freeze = (start: number, end?: number) =>
  `[freezedetect @ 0x1] lavfi.freezedetect.freeze_start: ${start}\n` +
  (end === undefined ? '' : `[freezedetect @ 0x1] lavfi.freezedetect.freeze_end: ${end}\n`);

describe('FreezeDetectParser', () => {
  it('reads the still stretches ffmpeg logs, however the output is cut into chunks', () => {
    expect(parse(LOG, 13)).toEqual([{ start: 3, end: 10 }]);
    expect(parse(LOG, 13, 7)).toEqual([{ start: 3, end: 10 }]);
  });

  it('lets a stretch still open when ffmpeg stops last to the end of the recording', () => {
    expect(parse(freeze(1.5, 7.25) + freeze(20.125), 30)).toEqual([
      { start: 1.5, end: 7.25 },
      { start: 20.125, end: 30 },
    ]);
  });

  it('clips stretches to the duration, and drops those outside it or out of order', () => {
    expect(parse(freeze(-0.2, 6) + freeze(5, 9) + freeze(12, 40) + freeze(50, 60), 30)).toEqual([
      { start: 0, end: 6 },
      { start: 12, end: 30 },
    ]);
  });

  it('keeps at most MAX_STILL_STRETCHES, the first ones', () => {
    let log = '';
    for (let i = 0; i < MAX_STILL_STRETCHES + 20; i++) log += freeze(i * 10, i * 10 + 6);
    const found = parse(log, (MAX_STILL_STRETCHES + 20) * 10);
    expect(found).toHaveLength(MAX_STILL_STRETCHES);
    expect(found.at(-1)).toEqual({ start: (MAX_STILL_STRETCHES - 1) * 10, end: (MAX_STILL_STRETCHES - 1) * 10 + 6 });
  });

  it('ignores other lines, an end without a start, and numbers that are not numbers', () => {
    const log = `[freezedetect @ 0x1] lavfi.freezedetect.freeze_end: 4\n[other @ 0x2] lavfi.freezedetect.freeze_start: 1\n[freezedetect @ 0x1] lavfi.freezedetect.freeze_start: nan\n`;
    expect(parse(log, 10)).toEqual([]);
  });
});
