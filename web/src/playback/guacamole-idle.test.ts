import { describe, expect, it } from 'vitest';
import { GuacamoleIdleFinder, type InstructionSource, watchSyncs } from './guacamole-idle';

/** guacd's clock counts from boot: only differences mean anything. */
const BOOT = 7_204_311_000;

function spansOf(timestamps: number[]) {
  const finder = new GuacamoleIdleFinder();
  for (const t of timestamps) finder.sync(t);
  return finder.spans;
}

describe('GuacamoleIdleFinder', () => {
  it('finds the gaps of 5 s or more between frames, from the first frame', () => {
    expect(spansOf([BOOT, BOOT + 40, BOOT + 1_200, BOOT + 9_200, BOOT + 9_240, BOOT + 14_240])).toEqual([
      { start: 1.2, end: 9.2 },
      { start: 9.24, end: 14.24 },
    ]);
  });

  it('finds none in a recording whose frames are less than 5 s apart', () => {
    expect(spansOf([BOOT, BOOT + 4_999, BOOT + 9_998])).toEqual([]);
  });

  it('takes a timestamp that steps back as the one before, and passes over ones that are not timestamps', () => {
    expect(spansOf([BOOT, BOOT + 6_000, BOOT + 5_990, Number.NaN, -5, BOOT + 8_000])).toEqual([{ start: 0, end: 6 }]);
  });
});

describe('watchSyncs', () => {
  it('reports the timestamp of each sync and passes every instruction on unchanged', () => {
    const delivered: [string, string[]][] = [];
    const source: InstructionSource = { oninstruction: (opcode, args) => delivered.push([opcode, args]) };
    const syncs: number[] = [];
    watchSyncs(source, (t) => syncs.push(t));
    source.oninstruction?.('size', ['0', '1024', '768']);
    source.oninstruction?.('sync', ['7204311000', '0']);
    source.oninstruction?.('key', ['65', '1', '7204311100']);
    source.oninstruction?.('sync', ['72043110000000000000']);
    expect(syncs).toEqual([7_204_311_000]);
    expect(delivered.map(([opcode]) => opcode)).toEqual(['size', 'sync', 'key', 'sync']);
    expect(delivered[1]).toEqual(['sync', ['7204311000', '0']]);
  });
});
