import { describe, expect, it } from 'vitest';
import { RecordingKind } from '../recordings/recording-kind.js';
import { needsBrowserPreview } from './browser-playable.js';

const video = (format: string, videoCodec: string | null, audioCodec: string | null = null) => ({
  kind: RecordingKind.VIDEO,
  format,
  videoCodec,
  audioCodec,
  hasAudio: audioCodec !== null,
});

describe('needsBrowserPreview', () => {
  it('plays H.264, VP8, VP9 and AV1 in MP4 or WebM as they are', () => {
    expect(needsBrowserPreview(video('mp4', 'h264', 'aac'))).toBe(false);
    expect(needsBrowserPreview(video('webm', 'vp8', 'opus'))).toBe(false);
    expect(needsBrowserPreview(video('webm', 'vp9', null))).toBe(false);
    expect(needsBrowserPreview(video('mp4', 'av1', null))).toBe(false);
  });

  it('previews other containers and codecs, whatever their content', () => {
    expect(needsBrowserPreview(video('avi', 'mpeg4', 'mp3'))).toBe(true);
    expect(needsBrowserPreview(video('mkv', 'h264', null))).toBe(true);
    expect(needsBrowserPreview(video('mov', 'h264', 'aac'))).toBe(true);
    expect(needsBrowserPreview(video('mp4', 'hevc', null))).toBe(true);
    expect(needsBrowserPreview(video('mp4', 'h264', 'pcm_s16le'))).toBe(true);
    expect(needsBrowserPreview(video('webm', 'vp8', 'aac'))).toBe(true);
  });

  it('judges a recording imported before codecs were kept by its container', () => {
    expect(needsBrowserPreview(video('mp4', null))).toBe(false);
    expect(needsBrowserPreview(video('avi', null))).toBe(true);
  });

  it('never previews terminal or Guacamole recordings', () => {
    expect(needsBrowserPreview({ ...video('asciicast', null), kind: RecordingKind.TERMINAL })).toBe(false);
    expect(needsBrowserPreview({ ...video('guacamole', null), kind: RecordingKind.GUACAMOLE })).toBe(false);
  });
});
