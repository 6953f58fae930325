import type { IBufferCell, Terminal } from '@xterm/headless';
import { mix, type RenderTheme } from './theme.js';

/** Words per cell in a screen snapshot: character id, foreground, background, flags. */
export const CELL_WORDS = 4;

export enum CellFlag {
  Bold = 1,
  Italic = 2,
  Underline = 4,
  Strike = 8,
  Wide = 16,
  /** The second cell of a wide character: painted with the first. */
  WideTail = 32,
  Cursor = 64,
}

/** What the terminal shows, as plain numbers, so two frames compare row by row cheaply. */
export class Screen {
  data: Uint32Array;

  constructor(
    public cols: number,
    public rows: number,
  ) {
    this.data = new Uint32Array(cols * rows * CELL_WORDS);
  }

  resize(cols: number, rows: number): void {
    this.cols = cols;
    this.rows = rows;
    this.data = new Uint32Array(cols * rows * CELL_WORDS);
  }

  row(y: number): Uint32Array {
    const length = this.cols * CELL_WORDS;
    return this.data.subarray(y * length, (y + 1) * length);
  }
}

/** Gives every distinct character (grapheme) a small number, so cells are compared as numbers. */
export class CharTable {
  private readonly ids = new Map<string, number>([['', 0]]);
  private readonly chars: string[] = [''];

  id(chars: string): number {
    let id = this.ids.get(chars);
    if (id === undefined) {
      id = this.chars.length;
      this.ids.set(chars, id);
      this.chars.push(chars);
    }
    return id;
  }

  charsOf(id: number): string {
    return this.chars[id] ?? '';
  }
}

/**
 * Reads the emulator's visible screen into `into`, resolving colours the way xterm draws them:
 * palette and true colours, bold making the 8 base colours bright, dim, inverse, invisible, and
 * the cursor as an inverted cell.
 */
export function readScreen(term: Terminal, theme: RenderTheme, chars: CharTable, cursor: { visible: boolean }, into: Screen): void {
  const buffer = term.buffer.active;
  const { cols, rows } = into;
  const data = into.data;
  let cell: IBufferCell | undefined;
  const cursorX = Math.min(buffer.cursorX, cols - 1);
  const cursorY = buffer.cursorY;
  for (let y = 0; y < rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    let o = y * cols * CELL_WORDS;
    for (let x = 0; x < cols; x++, o += CELL_WORDS) {
      cell = line?.getCell(x, cell);
      if (!cell) {
        data[o] = 0;
        data[o + 1] = theme.fg;
        data[o + 2] = theme.bg;
        data[o + 3] = 0;
        continue;
      }
      const width = cell.getWidth();
      let flags = 0;
      const bold = cell.isBold() !== 0;
      if (bold) flags |= CellFlag.Bold;
      if (cell.isItalic()) flags |= CellFlag.Italic;
      if (cell.isUnderline()) flags |= CellFlag.Underline;
      if (cell.isStrikethrough()) flags |= CellFlag.Strike;
      if (width === 2) flags |= CellFlag.Wide;
      else if (width === 0) flags |= CellFlag.WideTail;

      let fg: number;
      if (cell.isFgRGB()) fg = cell.getFgColor();
      else if (cell.isFgPalette()) {
        const index = cell.getFgColor();
        fg = theme.palette[bold && index < 8 ? index + 8 : index]!;
      } else fg = theme.fg;
      let bg: number;
      if (cell.isBgRGB()) bg = cell.getBgColor();
      else if (cell.isBgPalette()) bg = theme.palette[cell.getBgColor()]!;
      else bg = theme.bg;
      if (cell.isInverse()) [fg, bg] = [bg, fg];
      if (cell.isDim()) fg = mix(fg, bg);
      if (cell.isInvisible()) fg = bg;
      if (cursor.visible && x === cursorX && y === cursorY) {
        [fg, bg] = [bg, fg];
        flags |= CellFlag.Cursor;
      }
      data[o] = width === 0 ? 0 : chars.id(cell.getChars());
      data[o + 1] = fg;
      data[o + 2] = bg;
      data[o + 3] = flags;
    }
  }
}
