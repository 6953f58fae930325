/*
 * What a terminal export may be asked for, apart from the renderer: the API validates and stores
 * these without loading the renderer (its fonts, canvas and terminal emulator), which only a task
 * service needs.
 */

/** How a terminal recording is turned into video. */
export interface TerminalRenderOptions {
  /** Upper bound of frames per second; an unchanged screen adds no frame. */
  frameRate: number;
  /** Pauses longer than this many seconds are shortened to it; null keeps real time. */
  idleTimeLimit: number | null;
  /** Font size in pixels. */
  fontSize: number;
}

export const DEFAULT_TERMINAL_RENDER_OPTIONS: TerminalRenderOptions = { frameRate: 30, idleTimeLimit: null, fontSize: 16 };

export const MIN_FONT_SIZE = 8;
export const MAX_FONT_SIZE = 48;
