import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { badInput } from '../common/errors.js';
import { RecordingKind } from '../recordings/recording-kind.js';
import { DEFAULT_TERMINAL_RENDER_OPTIONS, MAX_FONT_SIZE, MIN_FONT_SIZE } from '../terminal/render/terminal-render-options.js';

const MAX_FRAME_RATE = 60;
/** Terminal and Guacamole recordings alike; each renderer's own default is the same. */
export const DEFAULT_FRAME_RATE = DEFAULT_TERMINAL_RENDER_OPTIONS.frameRate;
const MIN_IDLE_LIMIT = 0.1;
const MAX_IDLE_LIMIT = 3600;

@InputType('RenderOptionsInput', {
  description: 'How recordings that are drawn into video (terminal sessions, Guacamole recordings) are drawn. Video recordings ignore these.',
})
export class RenderOptionsInput {
  @Field(() => Int, { nullable: true, description: `Most frames per second, 1 to ${MAX_FRAME_RATE}; default ${DEFAULT_FRAME_RATE}.` })
  frameRate?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Shorten every pause longer than this many seconds to it. Off (null) by default: evidence keeps real time.',
  })
  idleTimeLimitSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Terminal sessions only: font size in pixels, ${MIN_FONT_SIZE} to ${MAX_FONT_SIZE}; default ${DEFAULT_TERMINAL_RENDER_OPTIONS.fontSize}. A terminal too large for the largest video frame (7680 × 4320) at this size is drawn at the largest smaller size that fits; the manifest names both.`,
  })
  fontSize?: number | null;
}

/** The options a drawn export ran with, kept on the task so that anyone can see them. */
@ObjectType('RenderOptions', { description: 'How a terminal session or a Guacamole recording was drawn into the exported video.' })
export class RenderOptions {
  @Field(() => Int)
  frameRate!: number;

  @Field(() => Float, { nullable: true, description: 'Pauses longer than this were shortened to it; null means real time was kept.' })
  idleTimeLimitSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Font size in pixels of a terminal session; null for Guacamole recordings, which carry their own pixels.' })
  fontSize!: number | null;
}

/** The frame-rate cap and idle time limit every drawn recording takes, and the terminal's font size. */
export interface ResolvedRenderOptions {
  frameRate: number;
  idleTimeLimitSeconds: number | null;
  fontSize: number;
}

/** Checks what a client sent and fills in the defaults; throws BAD_USER_INPUT naming the field. */
export function resolveRenderOptions(input: RenderOptionsInput | null | undefined): ResolvedRenderOptions {
  const frameRate = input?.frameRate ?? DEFAULT_FRAME_RATE;
  if (!Number.isInteger(frameRate) || frameRate < 1 || frameRate > MAX_FRAME_RATE) {
    throw badInput(`The frame rate must be a whole number from 1 to ${MAX_FRAME_RATE}.`, 'renderOptions.frameRate');
  }
  const idle = input?.idleTimeLimitSeconds ?? null;
  if (idle !== null && !(Number.isFinite(idle) && idle >= MIN_IDLE_LIMIT && idle <= MAX_IDLE_LIMIT)) {
    throw badInput(
      `The idle time limit must be from ${MIN_IDLE_LIMIT} to ${MAX_IDLE_LIMIT} seconds, or left out to keep real time.`,
      'renderOptions.idleTimeLimitSeconds',
    );
  }
  const fontSize = input?.fontSize ?? DEFAULT_TERMINAL_RENDER_OPTIONS.fontSize;
  if (!Number.isInteger(fontSize) || fontSize < MIN_FONT_SIZE || fontSize > MAX_FONT_SIZE) {
    throw badInput(`The font size must be a whole number of pixels from ${MIN_FONT_SIZE} to ${MAX_FONT_SIZE}.`, 'renderOptions.fontSize');
  }
  return { frameRate, idleTimeLimitSeconds: idle, fontSize };
}

/** What a task of this kind keeps: all of them for a terminal session, no font for a Guacamole recording, nothing for a video. */
export function renderOptionsFor(kind: RecordingKind, options: ResolvedRenderOptions): RenderOptions | null {
  if (kind === RecordingKind.TERMINAL) return { ...options };
  if (kind === RecordingKind.GUACAMOLE) return { frameRate: options.frameRate, idleTimeLimitSeconds: options.idleTimeLimitSeconds, fontSize: null };
  return null;
}

/** The options in words, for the audit trail. */
export function describeRenderOptions(options: RenderOptions): string {
  const idle =
    options.idleTimeLimitSeconds === null
      ? 'real time kept (no idle time limit)'
      : `pauses over ${options.idleTimeLimitSeconds} s shortened to ${options.idleTimeLimitSeconds} s`;
  const what = options.fontSize === null ? 'display drawn' : 'terminal drawn';
  const font = options.fontSize === null ? '' : `, ${options.fontSize} px font`;
  return `${what} at up to ${options.frameRate} frames/s${font}, ${idle}`;
}
