import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

/**
 * Fonts come from npm packages, so every machine renders the same pixels:
 *  - DejaVu Sans Mono (regular, bold, oblique, bold oblique): the terminal font; wide coverage of
 *    Latin, Greek, Cyrillic, symbols, box drawing and block elements.
 *  - Noto Sans SC: CJK ideographs and kana, which DejaVu lacks (drawn two cells wide).
 *  - Noto Emoji: monochrome emoji, drawn in the cell's colour.
 * Skia falls back along the family list glyph by glyph.
 */
export const FONT_STACK = 'CustodianMono, CustodianCJK, CustodianEmoji';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

let registered = false;

export function registerFonts(): void {
  if (registered) return;
  const dejavu = path.join(packageDir('dejavu-fonts-ttf'), 'ttf');
  for (const file of ['DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf', 'DejaVuSansMono-Oblique.ttf', 'DejaVuSansMono-BoldOblique.ttf']) {
    register(path.join(dejavu, file), 'CustodianMono');
  }
  for (const [pkg, family] of [
    ['@fontsource/noto-sans-sc', 'CustodianCJK'],
    ['@fontsource/noto-emoji', 'CustodianEmoji'],
  ] as const) {
    const dir = path.join(packageDir(pkg), 'files');
    // The packages split each font into unicode-range subsets; all of the regular weight are needed.
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('-400-normal.woff2'))) register(path.join(dir, file), family);
  }
  registered = true;
}

function register(file: string, family: string): void {
  if (!GlobalFonts.registerFromPath(file, family)) throw new Error(`Could not load the font ${file}`);
}

/** A CSS font string for the canvas. */
export function fontFor(sizePx: number, bold: boolean, italic: boolean): string {
  return `${italic ? 'italic ' : ''}${bold ? 'bold ' : ''}${sizePx}px ${FONT_STACK}`;
}
