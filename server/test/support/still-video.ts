import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mediaTools } from './fixtures.js';

/**
 * A WebM screen capture with one still stretch: `before` seconds of ffmpeg's moving test picture,
 * `still` seconds of one unchanging frame, then `after` seconds of moving picture again. Made with
 * the real ffmpeg in well under a second, so it is made per test rather than cached; `colour`
 * tells files apart (the import refuses a second copy of the same bytes).
 */
export async function writeStillVideo(file: string, options: { before: number; still: number; after: number; colour: string }): Promise<void> {
  const { ffmpegPath } = await mediaTools();
  const size = 'size=320x240:rate=10';
  await promisify(execFile)(ffmpegPath, [
    '-hide_banner',
    '-nostdin',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc=${size}:duration=${options.before}`,
    '-f',
    'lavfi',
    '-i',
    `color=c=${options.colour}:${size}:duration=${options.still}`,
    '-f',
    'lavfi',
    '-i',
    `testsrc=${size}:duration=${options.after}`,
    '-filter_complex',
    '[0][1][2]concat=n=3:v=1:a=0[v]',
    '-map',
    '[v]',
    '-c:v',
    'libvpx',
    '-deadline',
    'realtime',
    '-cpu-used',
    '8',
    '-b:v',
    '200k',
    file,
  ]);
}
