import { describe, expect, it } from 'vitest';
// Only this test reaches into the server: the dialog's counter must say what the server will decide.
import { checkReason, MAX_REASON_LENGTH, MIN_REASON_LENGTH } from '../../../server/src/exports/reason';
import { isValidReason, REASON_MAX_LENGTH, REASON_MIN_LENGTH, reasonLength, visibleReasonLength } from './reason';

/** A reason, its length in code points after trimming, and its visible characters (graphemes that show something), counted by hand. */
interface Case {
  name: string;
  reason: string;
  length: number;
  visible: number;
}

const NBSP = '\u00a0';
const IDEOGRAPHIC_SPACE = '\u3000';
const ZERO_WIDTH_SPACE = '\u200b';
const ZERO_WIDTH_JOINER = '\u200d';
const BYTE_ORDER_MARK = '\ufeff';
const COMBINING_ACUTE = '\u0301';
const GRINNING_FACE = '😀';
const FLAG_FRANCE = '🇫🇷';
const WOMAN_TECHNOLOGIST = '👩‍💻';
const THUMBS_UP_MEDIUM_SKIN = '👍🏽';

const cases: Case[] = [
  { name: 'nothing', reason: '', length: 0, visible: 0 },
  { name: 'only white space', reason: ` \t\n${NBSP}${IDEOGRAPHIC_SPACE}${BYTE_ORDER_MARK}`, length: 0, visible: 0 },
  { name: '9 ASCII characters', reason: 'a'.repeat(9), length: 9, visible: 9 },
  { name: '10 ASCII characters', reason: 'a'.repeat(10), length: 10, visible: 10 },
  { name: '2000 ASCII characters', reason: 'a'.repeat(2000), length: 2000, visible: 2000 },
  { name: '2001 ASCII characters', reason: 'a'.repeat(2001), length: 2001, visible: 2001 },
  { name: '9 characters inside spaces, tabs and newlines', reason: `  \t${'a'.repeat(9)}\n `, length: 9, visible: 9 },
  { name: '2000 characters inside spaces', reason: ` ${'a'.repeat(2000)} `, length: 2000, visible: 2000 },
  { name: '9 characters inside no-break spaces (U+00A0)', reason: `${NBSP}${'a'.repeat(9)}${NBSP}`, length: 9, visible: 9 },
  { name: '9 characters inside ideographic spaces (U+3000)', reason: `${IDEOGRAPHIC_SPACE}${'a'.repeat(9)}${IDEOGRAPHIC_SPACE}`, length: 9, visible: 9 },
  { name: '9 characters inside line separators (U+2028)', reason: `\u2028${'a'.repeat(9)}\u2029`, length: 9, visible: 9 },
  { name: '9 characters inside byte order marks (U+FEFF, trimmed)', reason: `${BYTE_ORDER_MARK}${'a'.repeat(9)}${BYTE_ORDER_MARK}`, length: 9, visible: 9 },
  { name: 'a no-break space inside the text', reason: `Case${NBSP}2026`, length: 9, visible: 8 },
  { name: '9 characters after a zero-width space (U+200B, not trimmed)', reason: `${ZERO_WIDTH_SPACE}${'a'.repeat(9)}`, length: 10, visible: 9 },
  { name: '9 characters before a zero-width joiner (U+200D, not trimmed)', reason: `${'a'.repeat(9)}${ZERO_WIDTH_JOINER}`, length: 10, visible: 9 },
  { name: 'zero-width characters inside the text', reason: `Case${ZERO_WIDTH_SPACE}2026${BYTE_ORDER_MARK}1`, length: 11, visible: 9 },
  { name: 'only zero-width spaces', reason: ZERO_WIDTH_SPACE.repeat(10), length: 10, visible: 0 },
  { name: '5 emoji (10 UTF-16 units)', reason: GRINNING_FACE.repeat(5), length: 5, visible: 5 },
  { name: '10 emoji', reason: GRINNING_FACE.repeat(10), length: 10, visible: 10 },
  { name: '9 letters and an emoji', reason: `${'a'.repeat(9)}${GRINNING_FACE}`, length: 10, visible: 10 },
  { name: '5 flags, each two regional indicators', reason: FLAG_FRANCE.repeat(5), length: 10, visible: 5 },
  { name: '4 flags and a letter', reason: `${FLAG_FRANCE.repeat(4)}a`, length: 9, visible: 5 },
  { name: '3 ZWJ sequences of 3 code points each', reason: WOMAN_TECHNOLOGIST.repeat(3), length: 9, visible: 3 },
  { name: 'a ZWJ sequence inside words', reason: `Dev ${WOMAN_TECHNOLOGIST} ok`, length: 10, visible: 6 },
  { name: '5 emoji with a skin-tone modifier', reason: THUMBS_UP_MEDIUM_SKIN.repeat(5), length: 10, visible: 5 },
  { name: '4 emoji with a skin-tone modifier and a letter', reason: `${THUMBS_UP_MEDIUM_SKIN.repeat(4)}a`, length: 9, visible: 5 },
  { name: 'e and a combining acute accent, 5 times', reason: `e${COMBINING_ACUTE}`.repeat(5), length: 10, visible: 5 },
  { name: 'a precomposed é, 9 times', reason: 'é'.repeat(9), length: 9, visible: 9 },
  { name: 'combining marks inside words', reason: `Re${COMBINING_ACUTE}sume${COMBINING_ACUTE} ok`, length: 11, visible: 8 },
  { name: '9 CJK characters', reason: '出口原因：调查案件', length: 9, visible: 9 },
  { name: '10 CJK characters', reason: '出口原因：调查案件一', length: 10, visible: 10 },
  { name: '5 CJK characters outside the BMP', reason: '𠀀𠀁𠀂𠀃𠀄', length: 5, visible: 5 },
  { name: 'a lone surrogate and 9 letters', reason: `\ud83d${'a'.repeat(9)}`, length: 10, visible: 10 },
  { name: '1001 emoji (2002 UTF-16 units)', reason: GRINNING_FACE.repeat(1001), length: 1001, visible: 1001 },
  { name: '1999 emoji', reason: GRINNING_FACE.repeat(1999), length: 1999, visible: 1999 },
  { name: '2000 emoji', reason: GRINNING_FACE.repeat(2000), length: 2000, visible: 2000 },
  { name: '2001 emoji', reason: GRINNING_FACE.repeat(2001), length: 2001, visible: 2001 },
  {
    name: '2000 emoji inside ideographic spaces',
    reason: `${IDEOGRAPHIC_SPACE}${GRINNING_FACE.repeat(2000)}${IDEOGRAPHIC_SPACE}`,
    length: 2000,
    visible: 2000,
  },
];

/** The server's decision, and the count its refusal states ("it has N"; "required" when nothing is visible). */
function serverVerdict(reason: string): { valid: boolean; statedLength?: number } {
  const check = checkReason(reason);
  if (check.ok) return { valid: true };
  const stated = /\(it has (\d+)\)/.exec(check.message);
  return { valid: false, statedLength: stated ? Number(stated[1]) : 0 };
}

describe('the export reason rule', () => {
  it('has the server limits', () => {
    expect([REASON_MIN_LENGTH, REASON_MAX_LENGTH]).toEqual([MIN_REASON_LENGTH, MAX_REASON_LENGTH]);
  });

  it.each(cases)('web and server agree on $name', ({ reason, length, visible }) => {
    const valid = visible >= MIN_REASON_LENGTH && length <= MAX_REASON_LENGTH;
    // The server states the count that refused it: the stored length when too long, else the visible one.
    const stated = visible === 0 ? 0 : length > MAX_REASON_LENGTH ? length : visible;
    expect(serverVerdict(reason)).toEqual(valid ? { valid } : { valid, statedLength: stated });
    expect(reasonLength(reason)).toBe(length);
    expect(visibleReasonLength(reason)).toBe(visible);
    expect(isValidReason(reason)).toBe(valid);
  });
});
