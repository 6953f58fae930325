import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { badInput } from '../common/errors.js';
import { MAX_FONT_SIZE, MIN_FONT_SIZE } from '../terminal/render/cell-metrics.js';
import { DEFAULT_TERMINAL_RENDER_OPTIONS } from '../terminal/render/terminal-renderer.js';

const MAX_FRAME_RATE = 60;
const MIN_IDLE_LIMIT = 0.1;
const MAX_IDLE_LIMIT = 3600;

@InputType('TerminalExportOptionsInput', { description: 'How terminal recordings are drawn into video. Video recordings ignore these.' })
export class TerminalExportOptionsInput {
  @Field(() => Int, { nullable: true, description: `Most frames per second, 1 to ${MAX_FRAME_RATE}; default ${DEFAULT_TERMINAL_RENDER_OPTIONS.frameRate}.` })
  frameRate?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Shorten every pause longer than this many seconds to it. Off (null) by default: evidence keeps real time.',
  })
  idleTimeLimitSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Font size in pixels, ${MIN_FONT_SIZE} to ${MAX_FONT_SIZE}; default ${DEFAULT_TERMINAL_RENDER_OPTIONS.fontSize}.`,
  })
  fontSize?: number | null;
}

/** The options a terminal export ran with, kept on the task so that anyone can see them. */
@ObjectType('TerminalExportOptions', { description: 'How a terminal recording was drawn into the exported video.' })
export class TerminalExportOptions {
  @Field(() => Int)
  frameRate!: number;

  @Field(() => Float, { nullable: true, description: 'Pauses longer than this were shortened to it; null means real time was kept.' })
  idleTimeLimitSeconds!: number | null;

  @Field(() => Int)
  fontSize!: number;
}

/** Checks what a client sent and fills in the defaults; throws BAD_USER_INPUT naming the field. */
export function resolveTerminalExportOptions(input: TerminalExportOptionsInput | null | undefined): TerminalExportOptions {
  const frameRate = input?.frameRate ?? DEFAULT_TERMINAL_RENDER_OPTIONS.frameRate;
  if (!Number.isInteger(frameRate) || frameRate < 1 || frameRate > MAX_FRAME_RATE) {
    throw badInput(`The frame rate must be a whole number from 1 to ${MAX_FRAME_RATE}.`, 'terminalOptions.frameRate');
  }
  const idle = input?.idleTimeLimitSeconds ?? null;
  if (idle !== null && !(Number.isFinite(idle) && idle >= MIN_IDLE_LIMIT && idle <= MAX_IDLE_LIMIT)) {
    throw badInput(
      `The idle time limit must be from ${MIN_IDLE_LIMIT} to ${MAX_IDLE_LIMIT} seconds, or left out to keep real time.`,
      'terminalOptions.idleTimeLimitSeconds',
    );
  }
  const fontSize = input?.fontSize ?? DEFAULT_TERMINAL_RENDER_OPTIONS.fontSize;
  if (!Number.isInteger(fontSize) || fontSize < MIN_FONT_SIZE || fontSize > MAX_FONT_SIZE) {
    throw badInput(`The font size must be a whole number of pixels from ${MIN_FONT_SIZE} to ${MAX_FONT_SIZE}.`, 'terminalOptions.fontSize');
  }
  return { frameRate, idleTimeLimitSeconds: idle, fontSize };
}

/** The options in words, for the audit trail. */
export function describeTerminalExportOptions(options: TerminalExportOptions): string {
  const idle =
    options.idleTimeLimitSeconds === null
      ? 'real time kept (no idle time limit)'
      : `pauses over ${options.idleTimeLimitSeconds} s shortened to ${options.idleTimeLimitSeconds} s`;
  return `terminal drawn at up to ${options.frameRate} frames/s, ${options.fontSize} px font, ${idle}`;
}
