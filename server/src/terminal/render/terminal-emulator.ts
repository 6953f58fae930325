import { createRequire } from 'node:module';
import xtermHeadless from '@xterm/headless';
import unicode11 from '@xterm/addon-unicode11';

const { Terminal } = xtermHeadless;

/** The emulator's version, named in manifests so that a rendering can be reproduced. */
export const TERMINAL_EMULATOR_VERSION: string = (createRequire(import.meta.url)('@xterm/headless/package.json') as { version: string }).version;
type XTerminal = InstanceType<typeof Terminal>;

/**
 * xterm.js without a browser: the emulator behind VS Code's terminal, so escape sequences are
 * interpreted as a real terminal would (colours, alternate screen, scrolling regions, DEC line
 * drawing, wide characters with Unicode 11 widths).
 */
export class TerminalEmulator {
  readonly term: XTerminal;
  /** DECTCEM (`CSI ? 25 l/h`): full-screen programs hide the cursor. xterm.js keeps this private. */
  readonly cursor = { visible: true };
  private readonly writeNow: (data: string) => void;

  constructor(cols: number, rows: number) {
    // No scrollback: only the screen is drawn, and scrolled-off lines would only cost memory.
    this.term = new Terminal({ cols, rows, scrollback: 0, allowProposedApi: true, logLevel: 'off' });
    this.term.loadAddon(new unicode11.Unicode11Addon());
    this.term.unicode.activeVersion = '11';
    const setCursor = (visible: boolean) => (params: (number | number[])[]) => {
      if (params.includes(25)) this.cursor.visible = visible;
      return false; // let xterm.js handle the sequence too
    };
    this.term.parser.registerCsiHandler({ prefix: '?', final: 'h' }, setCursor(true));
    this.term.parser.registerCsiHandler({ prefix: '?', final: 'l' }, setCursor(false));
    this.term.parser.registerEscHandler({ final: 'c' }, () => {
      this.cursor.visible = true; // full reset (RIS)
      return false;
    });
    // The public write() parses on a timer tick (at least 1 ms in Node), which would dominate
    // rendering a long recording frame by frame. The core's synchronous write is safe here: no
    // handler of ours is asynchronous.
    const core = (this.term as unknown as { _core?: { writeSync?: (data: string) => void } })._core;
    if (typeof core?.writeSync !== 'function') throw new Error('This version of @xterm/headless has no synchronous write');
    this.writeNow = (data) => core.writeSync!(data);
  }

  write(data: string): void {
    this.writeNow(data);
  }

  resize(cols: number, rows: number): void {
    if (cols !== this.term.cols || rows !== this.term.rows) this.term.resize(cols, rows);
  }

  get cols(): number {
    return this.term.cols;
  }

  get rows(): number {
    return this.term.rows;
  }

  dispose(): void {
    this.term.dispose();
  }
}
