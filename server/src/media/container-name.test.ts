import { describe, expect, it } from 'vitest';
import { containerName, isStillImageFormat } from './container-name.js';

describe('containerName', () => {
  it('tells WebM from MKV by extension, else by codecs', () => {
    expect(containerName('matroska,webm', { extension: 'webm' })).toBe('webm');
    expect(containerName('matroska,webm', { extension: 'MKV' })).toBe('mkv');
    expect(containerName('matroska,webm', { extension: 'bin', videoCodec: 'vp8', audioCodec: 'opus' })).toBe('webm');
    expect(containerName('matroska,webm', { extension: '', videoCodec: 'vp9', audioCodec: null })).toBe('webm');
    expect(containerName('matroska,webm', { extension: 'bin', videoCodec: 'h264', audioCodec: 'aac' })).toBe('mkv');
  });

  it('tells MOV from MP4 by brand, else by extension', () => {
    const mp4Family = 'mov,mp4,m4a,3gp,3g2,mj2';
    expect(containerName(mp4Family, { extension: 'mp4', majorBrand: 'qt  ' })).toBe('mov');
    expect(containerName(mp4Family, { extension: 'mov', majorBrand: 'isom' })).toBe('mp4');
    expect(containerName(mp4Family, { extension: '3gp', majorBrand: '3gp4' })).toBe('3gp');
    expect(containerName(mp4Family, { extension: 'mp4' })).toBe('mp4');
    expect(containerName(mp4Family, { extension: 'mov' })).toBe('mov');
  });

  it('maps other demuxers, and falls back to the extension', () => {
    expect(containerName('avi', { extension: 'divx' })).toBe('avi');
    expect(containerName('mpegts', { extension: 'm2ts' })).toBe('ts');
    expect(containerName('asf', { extension: 'wmv' })).toBe('wmv');
    expect(containerName('flv', { extension: '' })).toBe('flv');
    expect(containerName('rawvideo', { extension: 'yuv' })).toBe('yuv');
    expect(containerName('rawvideo,other', { extension: '' })).toBe('rawvideo');
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
