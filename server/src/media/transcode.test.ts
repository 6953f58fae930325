import { describe, expect, it } from 'vitest';
import { buildMp4Args } from './transcode.js';

/** True when `needle` appears in `args` as consecutive items. */
function hasSequence(args: string[], ...needle: string[]): boolean {
  return args.some((_, i) => needle.every((item, j) => args[i + j] === item));
}

describe('buildMp4Args', () => {
  it('builds the export command for a source with audio', () => {
    expect(buildMp4Args({ input: '/rec/a.webm', output: '/exp/a.mp4.partial', hasAudio: true })).toEqual([
      '-hide_banner',
      '-loglevel',
      'error',
      '-nostdin',
      '-y',
      '-progress',
      'pipe:1',
      '-nostats',
      '-dts_error_threshold',
      '31622400',
      '-protocol_whitelist',
      'file',
      '-format_whitelist',
      'matroska,mov,avi,flv,mpegts,ogg',
      '-i',
      '/rec/a.webm',
      '-map',
      '0:v:0',
      '-map',
      '0:a:0',
      '-vf',
      'scale=trunc(iw/2)*2:trunc(ih/2)*2',
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-crf',
      '23',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-b:a',
      '128k',
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      '/exp/a.mp4.partial',
    ]);
  });

  it('reads only the range of an export segment: its start and length are input options', () => {
    const args = buildMp4Args({ input: '/rec/a.mkv', output: '/exp/a.mp4', hasAudio: false, range: { startSeconds: 300, endSeconds: 612.5 } });
    const input = args.indexOf('-i');
    expect(hasSequence(args.slice(0, input), '-ss', '300.000000')).toBe(true);
    expect(hasSequence(args.slice(0, input), '-t', '312.500000')).toBe(true);
    expect(args.slice(input)).not.toContain('-t');
  });

  it('maps no audio and encodes none when the source has none', () => {
    const args = buildMp4Args({ input: '/rec/a.webm', output: '/exp/a.mp4', hasAudio: false });
    expect(hasSequence(args, '-map', '0:a:0')).toBe(false);
    expect(args).not.toContain('-c:a');
    expect(args).toContain('-an');
    expect(hasSequence(args, '-map', '0:v:0')).toBe(true);
  });

  it('stamps metadata and asks the MP4 muxer to keep custom tags', () => {
    const args = buildMp4Args({
      input: '/rec/a.webm',
      output: '/exp/a.mp4',
      hasAudio: true,
      metadata: { custodian_export_id: 'exp-42', comment: 'a=b c' },
    });
    expect(hasSequence(args, '-metadata', 'custodian_export_id=exp-42')).toBe(true);
    expect(hasSequence(args, '-metadata', 'comment=a=b c')).toBe(true);
    expect(hasSequence(args, '-movflags', '+faststart+use_metadata_tags')).toBe(true);
  });

  it('stamps the export id as a standard comment, keeping plain +faststart', () => {
    const args = buildMp4Args({ input: '/rec/a.webm', output: '/exp/a.mp4.partial', hasAudio: false, exportId: 'exp-7' });
    expect(hasSequence(args, '-metadata', 'comment=Custodian export exp-7')).toBe(true);
    expect(hasSequence(args, '-movflags', '+faststart')).toBe(true);
  });

  it('rejects metadata keys ffmpeg would misread', () => {
    expect(() => buildMp4Args({ input: 'a', output: 'b', hasAudio: false, metadata: { 'a=b': 'c' } })).toThrow(TypeError);
    expect(() => buildMp4Args({ input: 'a', output: 'b', hasAudio: false, metadata: { '': 'c' } })).toThrow(TypeError);
  });

  it('keeps relative names from being read as URLs or options', () => {
    const args = buildMp4Args({ input: 'session:1.webm', output: '-out.mp4', hasAudio: false });
    expect(hasSequence(args, '-i', './session:1.webm')).toBe(true);
    expect(args.at(-1)).toBe('./-out.mp4');
  });

  it('encodes only changed frames, at variable frame rate, when asked and the duration is known', () => {
    const args = buildMp4Args({ input: '/a.mkv', output: '/b.mp4', hasAudio: true, skipUnchangedFrames: true, durationSeconds: 60 });
    const filters = args[args.indexOf('-vf') + 1] ?? '';
    // Compared as encoded (even size, yuv420p), padded over the columns mpdecimate skips, the last second kept whole.
    expect(filters).toMatch(/^scale=trunc\(iw\/2\)\*2:trunc\(ih\/2\)\*2,format=yuv420p,pad=.*mpdecimate=hi=0:lo=0:frac=0,crop=/);
    expect(filters).toContain("enable='(lt(n,3)+gte(t,59.000))*mod(n,2)'");
    expect(hasSequence(args, '-vsync', 'vfr')).toBe(true);
    // B-frames at x264's default: busy recordings stay as small as with every frame encoded.
    expect(args).not.toContain('-bf');
    expect(hasSequence(args, '-force_key_frames', 'expr:if(isnan(prev_forced_t),gte(t,10),gte(t-prev_forced_t,10))')).toBe(true);
    expect(hasSequence(args, '-video_track_timescale', '1000')).toBe(true);
    expect(hasSequence(args, '-crf', '23')).toBe(true);
    expect(hasSequence(args, '-pix_fmt', 'yuv420p')).toBe(true);
  });

  it('encodes every frame when the duration is unknown, since the end could not be held', () => {
    const every = buildMp4Args({ input: '/a.mkv', output: '/b.mp4', hasAudio: false });
    expect(buildMp4Args({ input: '/a.mkv', output: '/b.mp4', hasAudio: false, skipUnchangedFrames: true, durationSeconds: 0 })).toEqual(every);
    expect(buildMp4Args({ input: '/a.mkv', output: '/b.mp4', hasAudio: false, skipUnchangedFrames: true })).toEqual(every);
    expect(every).not.toContain('-vsync');
  });

  it('ends with the output after an explicit format, since the name ends in .partial', () => {
    const args = buildMp4Args({ input: '/a.mkv', output: '/b.mp4.partial', hasAudio: true });
    expect(args.slice(-3)).toEqual(['-f', 'mp4', '/b.mp4.partial']);
  });
});
