/*
 * What a Guacamole export may be asked for, apart from the renderer: read without loading the
 * renderer (its image decoders, canvas and display), which only an export of this kind needs.
 */

/** How a Guacamole recording is turned into video. */
export interface GuacamoleRenderOptions {
  /** Upper bound of frames per second; an unchanged display adds no frame. */
  frameRate: number;
  /** Pauses longer than this many seconds are shortened to it; null keeps real time. */
  idleTimeLimit: number | null;
}

export const DEFAULT_GUACAMOLE_RENDER_OPTIONS: GuacamoleRenderOptions = { frameRate: 30, idleTimeLimit: null };
