import { describe, expect, it } from 'vitest';
import { describeValue, detailFields, humanizeKey } from './event-detail';

describe('detailFields', () => {
  it('has no fields without a detail', () => {
    expect(detailFields(null)).toEqual([]);
    expect(detailFields('   ')).toEqual([]);
  });

  it('reads a settings change as setting, before and after', () => {
    expect(detailFields('exportsEnabled: true → false')).toEqual([
      { label: 'Setting', value: 'Exports enabled' },
      { label: 'Before', value: 'Yes' },
      { label: 'After', value: 'No' },
    ]);
  });

  it('labels each key of a JSON object, one level of nesting as "Parent: child"', () => {
    expect(detailFields('{"taskServiceId":"a1","attempt":2,"renderOptions":{"fontSize":14,"idleTimeLimit":null},"tags":["x"]}')).toEqual([
      { label: 'Task service id', value: 'a1' },
      { label: 'Attempt', value: '2' },
      { label: 'Render options: Font size', value: '14' },
      { label: 'Render options: Idle time limit', value: 'None' },
      { label: 'Tags', value: '[\n  "x"\n]' },
    ]);
  });

  it('keeps a sentence whole, however long, and anything that only looks like JSON', () => {
    const long = `sha256 ${'ab'.repeat(32)}, 1234567 bytes, on worker-1; ${'x'.repeat(3000)}`;
    expect(detailFields(long)).toEqual([{ label: 'Detail', value: long }]);
    expect(detailFields('{not json')).toEqual([{ label: 'Detail', value: '{not json' }]);
    expect(detailFields('note: a → b')).toEqual([{ label: 'Detail', value: 'note: a → b' }]);
  });
});

describe('words for keys and values', () => {
  it('turns keys into words', () => {
    expect(humanizeKey('exportsEnabled')).toBe('Exports enabled');
    expect(humanizeKey('client_address')).toBe('Client address');
  });

  it('says booleans and null in words', () => {
    expect([true, false, null, 'text', 3].map(describeValue)).toEqual(['Yes', 'No', 'None', 'text', '3']);
  });
});
