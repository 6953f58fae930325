import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORDING_DEMUXERS, recordingInputArgs, refusedDemuxer } from './input-whitelist.js';
import { MediaError } from './media-error.js';
import { locateMediaTools, type MediaTools } from './media-tools.js';
import { probeMedia } from './probe.js';
import { runTool } from './run-tool.js';
import { makeScreenRecording } from './synthetic.js';
import { buildMp4Args, transcodeToMp4 } from './transcode.js';

describe('input whitelist arguments', () => {
  it('lets recordings be read from the file itself, by the demuxers of recording containers only', () => {
    expect(recordingInputArgs()).toEqual(['-protocol_whitelist', 'file', '-format_whitelist', 'matroska,mov,avi,flv,mpegts,ogg']);
    for (const linking of ['hls', 'concat', 'sdp', 'dash', 'imf', 'rtsp', 'image2', 'tty']) expect(RECORDING_DEMUXERS).not.toContain(linking);
  });

  it('precede the input of the export command', () => {
    const video = buildMp4Args({ input: '/rec/a.webm', output: '/exp/a.mp4.partial', hasAudio: true });
    const input = video.indexOf('-i');
    expect(video.slice(input - 4, input + 2)).toEqual([...recordingInputArgs(), '-i', '/rec/a.webm']);
    expect(video.filter((arg) => arg === '-i')).toHaveLength(1);
  });

  it('reads the refused demuxer from ffmpeg 4.1, 5.1 and 6 log lines, with or without the address', () => {
    expect(refusedDemuxer(["[hls,applehttp @ 0x298b3200] Format not on whitelist 'matroska,mov'", 'x.m3u8: Invalid argument'])).toBe('hls,applehttp');
    expect(refusedDemuxer(["[concat] Format not on whitelist 'matroska,mov'"])).toBe('concat');
    expect(refusedDemuxer(['x.webm: Invalid data found when processing input'])).toBeUndefined();
  });
});

// With the real ffprobe and ffmpeg: a playlist naming a real recording (whose extension the HLS
// demuxer accepts) would be read through without the whitelist.
describe('playlists and scripts with the real ffmpeg and ffprobe', () => {
  let tools: MediaTools;
  let dir: string;
  let clip: string;
  const playlists: Record<string, string> = {};

  beforeAll(async () => {
    tools = await locateMediaTools();
    dir = await mkdtemp(path.join(os.tmpdir(), 'input-whitelist-'));
    clip = path.join(dir, 'someone-else.mkv');
    await makeScreenRecording({ ffmpegPath: tools.ffmpegPath, output: clip, width: 160, height: 120, durationSeconds: 1 });
    const texts = {
      'local.m3u8': `#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:1,\n${clip}\n#EXT-X-ENDLIST\n`,
      'passwd.m3u8': '#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:1,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n',
      'script.ffconcat': 'ffconcat version 1.0\nfile someone-else.mkv\n',
      'stream.sdp': 'v=0\no=- 0 0 IN IP4 127.0.0.1\ns=x\nc=IN IP4 127.0.0.1\nt=0 0\nm=video 5004 RTP/AVP 96\na=rtpmap:96 H264/90000\n',
    };
    for (const [name, text] of Object.entries(texts)) {
      playlists[name] = path.join(dir, name);
      await writeFile(playlists[name], text);
    }
    // A playlist stored under a recording's name, as a recording imported before the whitelist.
    playlists['named.webm'] = path.join(dir, 'named.webm');
    await copyFile(playlists['local.m3u8']!, playlists['named.webm']!);
  }, 30_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const refusal = async (promise: Promise<unknown>): Promise<MediaError> => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MediaError);
    return error as MediaError;
  };

  it('probes a recording as before', async () => {
    expect(await probeMedia(tools.ffprobePath, clip)).toMatchObject({ container: 'mkv', width: 160, height: 120 });
  });

  it('refuses to probe playlists, scripts and session descriptions, saying what they are', async () => {
    const expected: Record<string, RegExp> = {
      'local.m3u8': /HLS playlist/,
      'passwd.m3u8': /HLS playlist/,
      'script.ffconcat': /ffconcat script/,
      'stream.sdp': /SDP session description/,
    };
    for (const [name, reason] of Object.entries(expected)) {
      const error = await refusal(probeMedia(tools.ffprobePath, playlists[name]!));
      expect(error.kind, name).toBe('FORMAT_REFUSED');
      expect(error.message, name).toMatch(reason);
      expect(error.message, name).not.toMatch(/\n/);
    }
    expect((await refusal(probeMedia(tools.ffprobePath, playlists['named.webm']!))).message).toMatch(/HLS playlist/);
  });

  it('keep ffprobe and ffmpeg themselves from following a playlist', async () => {
    const playlist = playlists['local.m3u8']!;
    const probe = (extra: string[]) => runTool(tools.ffprobePath, ['-v', 'error', '-show_entries', 'stream=codec_type', ...extra, '-i', playlist]);
    // Without the whitelist the playlist is followed to the other recording's video.
    expect((await probe([])).stdout).toContain('codec_type=video');
    const refused = await probe(recordingInputArgs());
    expect(refused.exitCode).not.toBe(0);
    expect(refused.stdout).not.toContain('codec_type=video');
    expect(refusedDemuxer(refused.stderrLines)).toMatch(/^hls/);

    const convert = await runTool(tools.ffmpegPath, ['-v', 'error', ...recordingInputArgs(), '-i', playlist, '-f', 'null', '-']);
    expect(convert.exitCode).not.toBe(0);
    expect(refusedDemuxer(convert.stderrLines)).toMatch(/^hls/);
  });

  it('refuses a session description that only ffmpeg recognises as one', async () => {
    // No "v=0" first line: ffmpeg's SDP probe looks for a connection line anywhere.
    const sdp = path.join(dir, 'bare.sdp');
    await writeFile(sdp, 's=x\nc=IN IP4 127.0.0.1\nm=video 5004 RTP/AVP 96\na=rtpmap:96 H264/90000\n');
    const error = await refusal(probeMedia(tools.ffprobePath, sdp, { timeoutMs: 5000 }));
    expect(error.kind).toBe('FORMAT_REFUSED');
    expect(error.message).toMatch(/SDP session description/);
  });

  it('refuses to export a stored playlist, and writes nothing', async () => {
    for (const name of ['local.m3u8', 'named.webm']) {
      const output = path.join(dir, `export-of-${name}`, 'export.mp4');
      const error = await refusal(transcodeToMp4({ ffmpegPath: tools.ffmpegPath, input: playlists[name]!, output, durationSeconds: 1, hasAudio: false }));
      expect(error.kind, `${name}: ${error.message}`).toBe('FORMAT_REFUSED');
      expect(error.retryable).toBe(false);
      expect(await readdir(path.dirname(output)).catch(() => []), name).toEqual([]);
    }
  }, 20_000);
});
