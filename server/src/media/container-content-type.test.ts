import { describe, expect, it } from 'vitest';
import { containerContentType, OPAQUE_CONTENT_TYPE } from './container-content-type.js';
import { containerName } from './container-name.js';

describe('containerContentType', () => {
  it('gives every container an accepted demuxer yields a video type', () => {
    const names = [
      containerName('matroska,webm', { videoCodec: 'vp8' }),
      containerName('matroska,webm', { videoCodec: 'h264' }),
      ...['isom', 'qt', '3gp4', '3g2a', undefined].map((majorBrand) => containerName('mov,mp4,m4a,3gp,3g2,mj2', { majorBrand })),
      ...['avi', 'flv', 'mpegts', 'ogg'].map((demuxer) => containerName(demuxer, {})),
    ];
    for (const name of names) expect(containerContentType(name), name).toMatch(/^video\//);
    expect(containerContentType('webm')).toBe('video/webm');
    expect(containerContentType('mkv')).toBe('video/x-matroska');
    expect(containerContentType('mp4')).toBe('video/mp4');
  });

  it('never answers a type a browser would render for anything else', () => {
    for (const name of ['html', 'htm', 'svg', 'xml', 'm3u8', 'hls', 'txt', '', 'constructor', '__proto__']) {
      expect(containerContentType(name), name).toBe(OPAQUE_CONTENT_TYPE);
    }
  });
});
