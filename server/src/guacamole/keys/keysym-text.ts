/**
 * X11 keysyms (what guacd records in `key`) as readable text. Printable keys are their character;
 * other keys are a bracketed name, so "ls[Enter]" reads as typed.
 */
const NAMED: ReadonlyMap<number, string> = new Map([
  [0xff08, 'Backspace'],
  [0xff09, 'Tab'],
  [0xff0d, 'Enter'],
  [0xff13, 'Pause'],
  [0xff14, 'Scroll Lock'],
  [0xff1b, 'Esc'],
  [0xff50, 'Home'],
  [0xff51, '←'],
  [0xff52, '↑'],
  [0xff53, '→'],
  [0xff54, '↓'],
  [0xff55, 'Page Up'],
  [0xff56, 'Page Down'],
  [0xff57, 'End'],
  [0xff61, 'Print'],
  [0xff63, 'Insert'],
  [0xff67, 'Menu'],
  [0xff7f, 'Num Lock'],
  [0xff8d, 'Enter'],
  [0xffff, 'Delete'],
  [0xfe20, 'Tab'],
]);

/** Keys that only change others: shown as a prefix of the next key ("Ctrl+C"), never alone. */
export const MODIFIERS: ReadonlyMap<number, string> = new Map([
  [0xffe1, 'Shift'],
  [0xffe2, 'Shift'],
  [0xffe3, 'Ctrl'],
  [0xffe4, 'Ctrl'],
  [0xffe5, 'Caps Lock'],
  [0xffe7, 'Meta'],
  [0xffe8, 'Meta'],
  [0xffe9, 'Alt'],
  [0xffea, 'Alt'],
  [0xffeb, 'Super'],
  [0xffec, 'Super'],
  [0xfe03, 'AltGr'],
]);

/** The character a keysym types, or null for a key that types none. */
export function keysymCharacter(keysym: number): string | null {
  // Latin-1 keysyms are their code points.
  if ((keysym >= 0x20 && keysym <= 0x7e) || (keysym >= 0xa0 && keysym <= 0xff)) return String.fromCodePoint(keysym);
  // Unicode keysyms: 0x01000000 + the code point.
  if (keysym >= 0x01000100 && keysym <= 0x0110ffff) {
    const codePoint = keysym - 0x01000000;
    if (codePoint < 0xd800 || codePoint > 0xdfff) return String.fromCodePoint(codePoint);
  }
  // The keypad's digits and operators.
  if (keysym >= 0xffb0 && keysym <= 0xffb9) return String(keysym - 0xffb0);
  const keypad: Record<number, string> = { 0xffaa: '*', 0xffab: '+', 0xffad: '-', 0xffae: '.', 0xffaf: '/', 0xff80: ' ' };
  return keypad[keysym] ?? null;
}

/** The name of a key that types no character: "Enter", "F5", "←", or its keysym in hex. */
export function keysymName(keysym: number): string {
  const named = NAMED.get(keysym) ?? MODIFIERS.get(keysym);
  if (named) return named;
  if (keysym >= 0xffbe && keysym <= 0xffe0) return `F${keysym - 0xffbe + 1}`;
  return `0x${keysym.toString(16)}`;
}
