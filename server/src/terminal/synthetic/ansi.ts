/** Escape sequences as terminal programs write them. */

export const ESC = '\x1b';
export const RESET = '\x1b[m';

/** Select Graphic Rendition: sgr(1, 32) is bold green. */
export const sgr = (...codes: (number | string)[]): string => `\x1b[${codes.join(';')}m`;
export const colour256 = (n: number): string => `\x1b[38;5;${n}m`;
export const background256 = (n: number): string => `\x1b[48;5;${n}m`;
export const trueColour = (r: number, g: number, b: number): string => `\x1b[38;2;${r};${g};${b}m`;
export const at = (row: number, col: number): string => `\x1b[${row};${col}H`;
export const CLEAR_LINE = '\x1b[K';
export const CLEAR_SCREEN = '\x1b[H\x1b[2J';
/** The alternate screen of full-screen programs (vim, less, htop), with cursor save and restore. */
export const ENTER_ALTERNATE = '\x1b[?1049h\x1b[22;0;0t';
export const LEAVE_ALTERNATE = '\x1b[?1049l\x1b[23;0;0t';
export const HIDE_CURSOR = '\x1b[?25l';
export const SHOW_CURSOR = '\x1b[?25h';

/** Columns a text takes: East Asian wide characters and emoji take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfe0f || code === 0x200d) continue;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1f300 && code <= 0x1faff);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Pads (or cuts) plain text to exactly `width` columns. */
export function fit(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width) break;
    out += ch;
    used += w;
  }
  return out + ' '.repeat(Math.max(0, width - used));
}
