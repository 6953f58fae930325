import { describe, expect, it } from 'vitest';
import { LineSplitter } from './line-splitter.js';
import { StderrTail } from './stderr-tail.js';

describe('LineSplitter', () => {
  it('joins lines split across chunks and keeps the unfinished one for later', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('ab')).toEqual([]);
    expect(splitter.push('c\nde\r\nf')).toEqual(['abc', 'de']);
    expect(splitter.push('\r')).toEqual([]);
    expect(splitter.push('\ng')).toEqual(['f']);
    expect(splitter.flush()).toEqual(['g']);
    expect(splitter.flush()).toEqual([]);
  });

  it('cuts lines that never end', () => {
    const splitter = new LineSplitter(10);
    expect(splitter.push('x'.repeat(25))).toEqual(['x'.repeat(10)]);
  });
});

describe('StderrTail', () => {
  it('keeps the last lines only, skipping blank ones', () => {
    const tail = new StderrTail(3);
    for (let i = 1; i <= 10; i++) tail.push(`line ${i}\n\n`);
    tail.push('last, unterminated');
    expect(tail.lines()).toEqual(['line 9', 'line 10', 'last, unterminated']);
  });
});
