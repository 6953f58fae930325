import { describe, expect, it } from 'vitest';
import { buildMp4Args } from '../media/transcode.js';
import { BROWSER_PREVIEW_ENCODING } from './browser-preview-encoding.js';

const argAfter = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

describe('the browser preview encoding', () => {
  it('runs the export command at a smaller size and a lower quality, and stamps no export id', () => {
    const exportArgs = buildMp4Args({ input: 'in.avi', output: 'out.mp4', hasAudio: true, exportId: 'abc' });
    const previewArgs = buildMp4Args({ input: 'in.avi', output: 'out.mp4', hasAudio: true, encoding: BROWSER_PREVIEW_ENCODING });
    expect(argAfter(exportArgs, '-crf')).toBe('23');
    expect(argAfter(previewArgs, '-crf')).toBe('28');
    expect(argAfter(previewArgs, '-preset')).toBe('veryfast');
    // At most 1280 pixels wide, even, the height following the picture's shape.
    expect(argAfter(previewArgs, '-vf')).toBe('scale=w=trunc(min(iw\\,1280)/2)*2:h=-2');
    expect(argAfter(exportArgs, '-vf')).toBe('scale=trunc(iw/2)*2:trunc(ih/2)*2');
    expect(previewArgs.join(' ')).not.toContain('Custodian export');
    // The same input whitelist and output format as an export.
    expect(argAfter(previewArgs, '-format_whitelist')).toBe(argAfter(exportArgs, '-format_whitelist'));
    expect(previewArgs.slice(-3)).toEqual(exportArgs.slice(-3));
  });
});
