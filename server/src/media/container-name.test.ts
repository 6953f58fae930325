import { describe, expect, it } from 'vitest';
import { containerName, isStillImageFormat } from './container-name.js';

describe('containerName', () => {
  it('tells WebM from MKV by codecs, whatever the file is called', () => {
    expect(containerName('matroska,webm', { videoCodec: 'vp8', audioCodec: 'opus' })).toBe('webm');
    expect(containerName('matroska,webm', { videoCodec: 'vp9', audioCodec: null })).toBe('webm');
    expect(containerName('matroska,webm', { videoCodec: 'h264', audioCodec: 'aac' })).toBe('mkv');
    expect(containerName('matroska,webm', { videoCodec: 'vp8', audioCodec: 'aac' })).toBe('mkv');
  });

  it('tells MOV from MP4 by brand; no brand is old QuickTime', () => {
    const mp4Family = 'mov,mp4,m4a,3gp,3g2,mj2';
    expect(containerName(mp4Family, { majorBrand: 'qt  ' })).toBe('mov');
    expect(containerName(mp4Family, { majorBrand: 'isom' })).toBe('mp4');
    expect(containerName(mp4Family, { majorBrand: '3gp4' })).toBe('3gp');
    expect(containerName(mp4Family, { majorBrand: '3g2a' })).toBe('3g2');
    expect(containerName(mp4Family, {})).toBe('mov');
  });

  it('names the other demuxers by themselves, in letters and digits only', () => {
    expect(containerName('avi', {})).toBe('avi');
    expect(containerName('mpegts', {})).toBe('ts');
    expect(containerName('flv', {})).toBe('flv');
    expect(containerName('ogg', {})).toBe('ogg');
    expect(containerName('hls,applehttp', {})).toBe('hls');
    expect(containerName('webm_dash_manifest', {})).toBe('webmdashmanifest');
    expect(containerName('../x', {})).toBe('x');
    expect(containerName('', {})).toBe('bin');
  });
});

describe('isStillImageFormat', () => {
  it('recognises single-picture demuxers', () => {
    expect(isStillImageFormat('png_pipe')).toBe(true);
    expect(isStillImageFormat('image2')).toBe(true);
    expect(isStillImageFormat('matroska,webm')).toBe(false);
    expect(isStillImageFormat('gif')).toBe(false);
  });
});
