import type { TerminalTheme } from '../asciicast/asciicast.js';

/** Colours as 0xRRGGBB numbers, with the full 256-colour table the emulator indexes into. */
export interface RenderTheme {
  fg: number;
  bg: number;
  /** 256 entries: the theme's 16, then the 6×6×6 cube and the 24 greys of xterm. */
  palette: Uint32Array;
}

/**
 * The palette used when a recording names none: the Tango colours (GNOME Terminal's default),
 * legible on a near-black background and distinct in their bright forms.
 */
export const DEFAULT_THEME: TerminalTheme = {
  fg: '#d3d7cf',
  bg: '#121212',
  palette: [
    '#2e3436',
    '#cc0000',
    '#4e9a06',
    '#c4a000',
    '#3465a4',
    '#75507b',
    '#06989a',
    '#d3d7cf',
    '#555753',
    '#ef2929',
    '#8ae234',
    '#fce94f',
    '#729fcf',
    '#ad7fa8',
    '#34e2e2',
    '#eeeeec',
  ],
};

const hex = (colour: string) => Number.parseInt(colour.slice(1), 16);

export function renderTheme(theme: TerminalTheme = DEFAULT_THEME): RenderTheme {
  const palette = new Uint32Array(256);
  // An 8-colour theme serves for the bright half too, as asciinema's player does.
  for (let i = 0; i < 16; i++) palette[i] = hex(theme.palette[i % theme.palette.length]!);
  const levels = [0, 95, 135, 175, 215, 255];
  for (let i = 0; i < 216; i++) {
    palette[16 + i] = (levels[Math.floor(i / 36)]! << 16) | (levels[Math.floor(i / 6) % 6]! << 8) | levels[i % 6]!;
  }
  for (let i = 0; i < 24; i++) {
    const v = 8 + i * 10;
    palette[232 + i] = (v << 16) | (v << 8) | v;
  }
  return { fg: hex(theme.fg), bg: hex(theme.bg), palette };
}

/** Halfway between two colours: how dim (faint) text is drawn. */
export function mix(a: number, b: number): number {
  const r = (((a >> 16) & 255) + ((b >> 16) & 255)) >> 1;
  const g = (((a >> 8) & 255) + ((b >> 8) & 255)) >> 1;
  return (r << 16) | (g << 8) | (((a & 255) + (b & 255)) >> 1);
}
