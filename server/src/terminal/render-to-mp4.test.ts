import { describe, expect, it } from 'vitest';
import { pipedMatroskaInputArgs } from '../media/input-whitelist.js';
import { buildTerminalMp4Args } from './render-to-mp4.js';

describe('buildTerminalMp4Args', () => {
  it('lets ffmpeg read only our Matroska frames on standard input', () => {
    const args = buildTerminalMp4Args({ output: '/exp/t.mp4.partial', frameRate: 30 });
    const input = args.indexOf('-i');
    expect(args.slice(input - 4, input + 2)).toEqual(['-protocol_whitelist', 'pipe', '-f', 'matroska', '-i', 'pipe:0']);
    expect(pipedMatroskaInputArgs()).toEqual(args.slice(input - 4, input));
    expect(args.filter((arg) => arg === '-i')).toHaveLength(1);
  });
});
