import { sgr, RESET } from './ansi.js';
import type { CastEvent } from './cast-file.js';
import type { Random } from './random.js';

export type Intensity = 'normal' | 'dense';
export type Events = Generator<CastEvent, void, undefined>;

export interface ShellIdentity {
  user: string;
  host: string;
}

/**
 * The state of one generated SSH session: the clock, the terminal size, where the shell is, and
 * the primitives scenes are made of (output, typing, the prompt). Every method that produces
 * output is a generator of events, so scenes compose with `yield*` and nothing is buffered.
 */
export class Shell {
  /** Microseconds since the start. */
  t = 0;
  cwd = '~';

  constructor(
    readonly random: Random,
    readonly identity: ShellIdentity,
    public cols: number,
    public rows: number,
    readonly intensity: Intensity,
    /** No event is written after this time (the session's end). */
    readonly endUs: number,
  ) {}

  get dense(): boolean {
    return this.intensity === 'dense';
  }

  /** Seconds the script may still use before `untilUs`. */
  left(untilUs: number): number {
    return (untilUs - this.t) / 1e6;
  }

  wait(seconds: number): void {
    this.t += Math.max(0, Math.round(seconds * 1e6));
  }

  *out(data: string): Events {
    if (data !== '') yield { timeUs: Math.min(this.t, this.endUs), code: 'o', data };
  }

  *resize(cols: number, rows: number): Events {
    this.cols = cols;
    this.rows = rows;
    yield { timeUs: Math.min(this.t, this.endUs), code: 'r', data: `${cols}x${rows}` };
  }

  /** A person's pause before acting: longer when reading output, shorter in a dense session. */
  think(min = 0.4, max = 2.5): void {
    const scale = this.dense ? 0.4 : 1;
    this.wait(this.random.between(min, max) * scale);
  }

  /** Keystrokes echoed one by one at human speed, with hesitations and the odd typo. */
  *type(text: string): Events {
    const r = this.random;
    const base = this.dense ? 0.045 : 0.085;
    for (const ch of text) {
      this.wait(base * r.between(0.5, 2.2) + (ch === ' ' && r.chance(0.15) ? r.between(0.2, 0.8) : 0));
      if (/[a-z]/.test(ch) && r.chance(0.015)) {
        yield* this.out(String.fromCharCode(97 + r.int(0, 25)));
        this.wait(r.between(0.15, 0.4));
        yield* this.out('\b\x1b[K');
        this.wait(base * r.between(0.8, 2));
      }
      yield* this.out(ch);
    }
  }

  /** Keys that an application reads without echoing them: only time passes. */
  press(count = 1): void {
    for (let i = 0; i < count; i++) this.wait((this.dense ? 0.06 : 0.12) * this.random.between(0.6, 2.5));
  }

  prompt(): string {
    const { user, host } = this.identity;
    return `${sgr('01', 32)}${user}@${host}${RESET}:${sgr('01', 34)}${this.cwd}${RESET}$ `;
  }

  /** Shows the prompt, waits, types a command and presses Enter. */
  *command(text: string): Events {
    yield* this.out(this.prompt());
    this.think();
    yield* this.type(text);
    this.wait(this.random.between(0.1, 0.45));
    yield* this.out('\r\n');
    this.wait(this.random.between(0.005, 0.06));
  }

  /** Output lines (without line ends) written a few at a time, `perSecond` lines a second. */
  *stream(lines: Iterable<string>, perSecond: number, untilUs = Infinity): Events {
    const r = this.random;
    let batch = '';
    let count = 0;
    const burst = Math.max(1, Math.round(perSecond / 30));
    for (const line of lines) {
      batch += `${line}\r\n`;
      if (++count >= burst) {
        yield* this.out(batch);
        batch = '';
        count = 0;
        this.wait((burst / perSecond) * r.between(0.3, 1.7));
        if (this.t >= untilUs) return;
      }
    }
    yield* this.out(batch);
  }
}
