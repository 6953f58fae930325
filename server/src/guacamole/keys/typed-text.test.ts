import { describe, expect, it } from 'vitest';
import { keysymCharacter, keysymName } from './keysym-text.js';
import { CUE_HOLD_MS, type KeyEvent, toSrt, typedTextCues } from './typed-text.js';

const press = (videoMs: number, keysym: number): KeyEvent => ({ videoMs, keysym, pressed: true });
const release = (videoMs: number, keysym: number): KeyEvent => ({ videoMs, keysym, pressed: false });

describe('keysyms as text', () => {
  it('types Latin-1 and Unicode keysyms as their characters, names the others', () => {
    expect([0x61, 0x41, 0x20, 0xe9, 0x010020ac, 0xffb7].map(keysymCharacter)).toEqual(['a', 'A', ' ', 'é', '€', '7']);
    expect(keysymCharacter(0xff0d)).toBeNull();
    expect([0xff0d, 0xff08, 0xff51, 0xff52, 0xff53, 0xff54, 0xffbe, 0xffc9, 0xffe3, 0x12345].map(keysymName)).toEqual([
      'Enter',
      'Backspace',
      '←',
      '↑',
      '→',
      '↓',
      'F1',
      'F12',
      'Ctrl',
      '0x12345',
    ]);
  });
});

describe('typedTextCues', () => {
  it('shows the line as it is typed, each cue until the next key', () => {
    const cues = typedTextCues([press(100, 0x6c), release(150, 0x6c), press(200, 0x73), press(300, 0xff0d), press(5000, 0x71)]);
    expect(cues).toEqual([
      { startMs: 100, endMs: 200, text: 'l' },
      { startMs: 200, endMs: 300, text: 'ls' },
      { startMs: 300, endMs: 300 + CUE_HOLD_MS, text: 'ls[Enter]' },
      { startMs: 5000, endMs: 5000 + CUE_HOLD_MS, text: 'q' },
    ]);
  });

  it('shows chords with their modifiers and special keys by name, Backspace as pressed', () => {
    const events = [
      press(0, 0xffe3),
      press(10, 0x63),
      release(20, 0x63),
      release(30, 0xffe3),
      press(40, 0x61),
      press(50, 0xff08),
      press(60, 0xffe1),
      press(70, 0xff09),
      press(80, 0xff52),
    ];
    expect(typedTextCues(events).at(-1)!.text).toBe('[Ctrl+C]a[Backspace][Shift+Tab][Shift+↑]');
  });

  it('keeps markup out: braces, tags and backslashes become look-alikes, long lines keep their end', () => {
    const typed = [...'<b>{\\an8}'].map((c, i) => press(i * 10, c.codePointAt(0)!));
    expect(typedTextCues(typed).at(-1)!.text).toBe('‹b›❴∖an8❵');
    const long = Array.from({ length: 100 }, (_, i) => press(i, 0x61 + (i % 26)));
    const text = typedTextCues(long).at(-1)!.text;
    expect([...text]).toHaveLength(60);
    expect(text.startsWith('…')).toBe(true);
  });

  it('writes SubRip', () => {
    expect(toSrt([{ startMs: 3_723_004, endMs: 3_725_504, text: 'ls' }])).toBe('1\n01:02:03,004 --> 01:02:05,504\nls\n');
  });
});
