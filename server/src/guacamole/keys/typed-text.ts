import { keysymCharacter, keysymName, MODIFIERS } from './keysym-text.js';

/** A key press or release, at its time in the video. */
export interface KeyEvent {
  videoMs: number;
  keysym: number;
  pressed: boolean;
}

/** One subtitle: what had been typed on the current line when a key was pressed. */
export interface TypedTextCue {
  startMs: number;
  endMs: number;
  text: string;
}

/** How long the line stays on screen after the last key. */
export const CUE_HOLD_MS = 2500;
/** The end of the line shown, in characters: subtitles are one line, at the bottom. */
const MAX_LINE_SHOWN = 60;

/**
 * Characters that subtitle decoders read as markup (ffmpeg turns SRT into ASS, where braces and
 * backslashes are style codes, and HTML-like tags are styles too) are shown as look-alikes, so
 * what was typed never changes how the subtitle is drawn.
 */
const LOOK_ALIKES: Record<string, string> = { '<': '‹', '>': '›', '{': '❴', '}': '❵', '\\': '∖' };

function showable(text: string): string {
  return text.replace(/[<>{}\\]/g, (c) => LOOK_ALIKES[c]!).replace(/[\p{Cc}\u2028\u2029]/gu, ' ');
}

/** "Ctrl+Alt" for the modifiers held, in a fixed order. */
function heldPrefix(held: Map<number, string>, withShift: boolean): string {
  const names = new Set(held.values());
  return ['Ctrl', 'Alt', 'AltGr', 'Meta', 'Super', ...(withShift ? ['Shift'] : [])].filter((name) => names.has(name)).join('+');
}

/**
 * Turns key events into subtitles that show, as each key is pressed, the line typed so far:
 * printable keys as their characters, others as [Enter], [Backspace], [←], [Ctrl+C]. Backspace is
 * shown, not applied: the subtitle says which keys were pressed, not what the program made of
 * them. A line ends after Enter; each cue lasts until the next key, at most CUE_HOLD_MS.
 */
export function typedTextCues(events: Iterable<KeyEvent>): TypedTextCue[] {
  const held = new Map<number, string>();
  const cues: TypedTextCue[] = [];
  let line = '';
  let lineDone = false;
  for (const event of events) {
    const modifier = MODIFIERS.get(event.keysym);
    if (modifier) {
      if (event.pressed) held.set(event.keysym, modifier);
      else held.delete(event.keysym);
      continue;
    }
    if (!event.pressed) continue;
    const character = keysymCharacter(event.keysym);
    const chord = heldPrefix(held, false);
    let token: string;
    if (character !== null && chord === '') token = character;
    else {
      const name = character !== null ? character.toUpperCase() : keysymName(event.keysym);
      const prefix = heldPrefix(held, character === null);
      token = `[${prefix ? `${prefix}+` : ''}${name}]`;
    }
    if (lineDone) {
      line = '';
      lineDone = false;
    }
    line += token;
    if (event.keysym === 0xff0d || event.keysym === 0xff8d) lineDone = true;
    const previous = cues.at(-1);
    if (previous && previous.endMs > event.videoMs) previous.endMs = event.videoMs;
    const shown = [...line];
    const text = shown.length > MAX_LINE_SHOWN ? `…${shown.slice(-MAX_LINE_SHOWN + 1).join('')}` : line;
    if (previous && previous.startMs === event.videoMs) cues.pop();
    cues.push({ startMs: event.videoMs, endMs: event.videoMs + CUE_HOLD_MS, text: showable(text) });
  }
  return cues;
}

function srtTime(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)},${pad(total % 1000, 3)}`;
}

/** The cues as SubRip text, which ffmpeg reads and writes into the MP4 as mov_text. */
export function toSrt(cues: readonly TypedTextCue[]): string {
  return cues.map((cue, i) => `${i + 1}\n${srtTime(cue.startMs)} --> ${srtTime(Math.max(cue.endMs, cue.startMs + 1))}\n${cue.text}\n`).join('\n');
}
