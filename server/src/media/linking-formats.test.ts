import { describe, expect, it } from 'vitest';
import { linkingFormatOf, refusedFormatReason } from './linking-formats.js';

const start = (text: string) => Buffer.from(text);

describe('linkingFormatOf', () => {
  it('recognises playlists, scripts and manifests by their first bytes', () => {
    expect(linkingFormatOf(start('#EXTM3U\n#EXT-X-TARGETDURATION:10\n'))).toBe('hls');
    expect(linkingFormatOf(start('\uFEFF\r\n#EXTM3U\n'))).toBe('hls');
    expect(linkingFormatOf(start('ffconcat version 1.0\nfile a.mkv\n'))).toBe('concat');
    expect(linkingFormatOf(start('v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\n'))).toBe('sdp');
    expect(linkingFormatOf(start('<?xml version="1.0"?>\n<MPD xmlns="urn:mpeg:dash:schema:mpd:2011">'))).toBe('dash');
    expect(linkingFormatOf(start('<?xml version="1.0"?><!-- made by x --><CompositionPlaylist xmlns="x">'))).toBe('imf');
  });

  it('leaves recordings, terminal sessions and other text alone', () => {
    expect(linkingFormatOf(Buffer.from('1a45dfa39f4286810142f7810142', 'hex'))).toBeUndefined();
    expect(linkingFormatOf(start('{"version": 2, "width": 80, "height": 24}\n'))).toBeUndefined();
    expect(linkingFormatOf(start('<!doctype html><html>'))).toBeUndefined();
    expect(linkingFormatOf(start('v=0.5 is not a session description'))).toBeUndefined();
    expect(linkingFormatOf(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('refusedFormatReason', () => {
  it('says what a linking format is, in one line', () => {
    expect(refusedFormatReason('hls,applehttp')).toBe(
      'it is an HLS playlist (.m3u8), which makes ffmpeg read other files or addresses; only a recording held in one file is accepted',
    );
    expect(refusedFormatReason('concat')).toMatch(/^it is an ffconcat script/);
    expect(refusedFormatReason('mp3')).toMatch(/^its format \(mp3\) is not a recording format Custodian reads: WebM, /);
  });
});
