/**
 * Filter graphs that draw a fake desktop: a background, a document window whose text appears
 * in a wipe, a small "video" playing in it, a terminal with scrolling output, a taskbar and a
 * moving cursor. Most of the picture stays still, as on a real screen, so the result compresses
 * like a screen recording and not like camera footage. Only boxes are drawn: no fonts needed.
 */

export interface SceneOptions {
  width: number;
  height: number;
  fps: number;
  /** Picks colours, window placement and random seeds, so different variants differ. */
  variant: number;
}

export const DESKTOPS = ['0x1e4d78', '0x2d5a27', '0x5b2c6f', '0x7a4b1e', '0x34495e', '0x0b6e6e'];
export const ACCENTS = ['0x3c6eb4', '0x2e8b57', '0x8e44ad', '0xd35400', '0x2c3e50', '0x16a085'];
export const DOC_BODY = '0xf4f4f4';
export const TEXT_GREY = '0x8c8c8c';
export const TERMINAL_BODY = '0x141414';
export const TERMINAL_TITLE = '0x4a4a4a';
export const TASKBAR = '0x202020';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Even, at least `min`: chroma subsampling and some encoders need even sizes. */
export function even(value: number, min = 2): number {
  return Math.max(min, Math.round(value / 2) * 2);
}

export function pick<T>(list: readonly T[], index: number): T {
  return list[((index % list.length) + list.length) % list.length] as T;
}

/** A repeatable number in [0, 1) for a given index and variant. */
export function noise(index: number, variant: number): number {
  const x = Math.sin(index * 12.9898 + variant * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

export function fill(box: Box, color: string): string {
  return `drawbox=x=${box.x}:y=${box.y}:w=${box.w}:h=${box.h}:c=${color}:t=fill`;
}

/**
 * A layer that never changes: a plain colour with `filters` drawn on it once, then repeated at
 * `fps`. A color source would draw every box again on every frame, which was most of the time
 * ffmpeg spent on a scene at 1080p.
 */
export function stillLayer(color: string, width: number, height: number, fps: number, filters: readonly string[] = []): string {
  // Half a frame long: exactly one frame, which the loop repeats with the source's own timing.
  const drawn = filters.map((filter) => `,${filter}`).join('');
  return `color=c=${color}:s=${width}x${height}:r=${fps}:d=${0.5 / fps}${drawn},loop=loop=-1:size=1`;
}

/** A filter_complex whose output pad `[v]` is the screen, in yuv420p. */
export function screenSceneGraph({ width: W, height: H, fps, variant }: SceneOptions): string {
  const mirrored = variant % 2 === 1;
  const place = (box: Box): Box => (mirrored ? { ...box, x: W - box.x - box.w } : box);
  const titleH = even(H * 0.04, 6);
  const pad = even(Math.min(W, H) * 0.015, 2);

  const taskbar: Box = { x: 0, y: H - even(H * 0.045, 8), w: W, h: even(H * 0.045, 8) };
  const docWin = place({ x: even(W * 0.04), y: even(H * 0.07), w: even(W * 0.46, 32), h: even(H * 0.62, 32) });
  const termWin = place({ x: even(W * 0.53), y: even(H * 0.18), w: even(W * 0.43, 32), h: even(H * 0.5, 32) });

  const inner = (win: Box): Box => ({
    x: win.x + pad,
    y: win.y + titleH + pad,
    w: even(win.w - 2 * pad, 8),
    h: even(win.h - titleH - 2 * pad, 8),
  });
  const docArea = inner(docWin);
  const textArea: Box = { ...docArea, h: even(docArea.h * 0.38, 8) };
  const videoArea: Box = {
    x: docArea.x,
    y: docArea.y + textArea.h + pad,
    w: even(docArea.w * 0.6, 8),
    h: even(docArea.h - textArea.h - pad, 8),
  };
  const termArea = inner(termWin);

  const icons = [0, 1, 2, 3].map((i) => {
    const size = even(taskbar.h * 0.6, 4);
    return fill({ x: even(pad + i * size * 1.6), y: taskbar.y + even((taskbar.h - size) / 2, 0), w: size, h: size }, pick(ACCENTS, variant + i + 1));
  });

  // Lines of "text" in the document, of repeatable but uneven lengths.
  const lineH = even(H / 90, 2);
  const lineCount = Math.max(1, Math.floor((textArea.h - pad) / (lineH * 2.5)));
  const lines = Array.from({ length: lineCount }, (_, i) =>
    fill({ x: pad, y: pad + Math.round(i * lineH * 2.5), w: even((textArea.w - 2 * pad) * (0.45 + 0.5 * noise(i, variant)), 4), h: lineH }, TEXT_GREY),
  );

  const cursorW = even(Math.max(6, H / 45));
  const cursorH = even(cursorW * 1.5);
  const phase = (variant * 1.7).toFixed(2);
  // A wipe that reveals the text over six seconds, holds, then starts again, like pages being typed.
  const wipeX = `mod(t*${textArea.w}/6,${Math.round(textArea.w * 1.5)})`;

  const desktop = [
    fill(taskbar, TASKBAR),
    ...icons,
    fill(docWin, DOC_BODY),
    fill({ ...docWin, h: titleH }, pick(ACCENTS, variant)),
    fill(termWin, TERMINAL_BODY),
    fill({ ...termWin, h: titleH }, TERMINAL_TITLE),
  ];

  return [
    `${stillLayer(pick(DESKTOPS, variant), W, H, fps, desktop)}[desk]`,
    `${stillLayer(DOC_BODY, textArea.w, textArea.h, fps, lines)}[text]`,
    `${stillLayer(DOC_BODY, textArea.w, textArea.h, fps)}[cover]`,
    `[text][cover]overlay=x='${wipeX}':y=0[doc]`,
    `testsrc2=s=${videoArea.w}x${videoArea.h}:r=${fps}[clip]`,
    `cellauto=s=${termArea.w}x${termArea.h}:rate=${fps}:rule=110:seed=${variant + 1}:scroll=1:full=1,` +
      'format=rgb24,lutrgb=r=val*0.25:g=val*0.85:b=val*0.35[term]',
    `${stillLayer('black', cursorW, cursorH, fps, [`drawbox=x=0:y=0:w=${cursorW}:h=${cursorH}:c=white:t=1`])}[cursor]`,
    `[desk][doc]overlay=x=${textArea.x}:y=${textArea.y}[s1]`,
    `[s1][clip]overlay=x=${videoArea.x}:y=${videoArea.y}[s2]`,
    `[s2][term]overlay=x=${termArea.x}:y=${termArea.y}[s3]`,
    `[s3][cursor]overlay=x='${Math.round(W / 2)}+${Math.round(W * 0.32)}*sin(t*0.7+${phase})':` +
      `y='${Math.round(H / 2)}+${Math.round(H * 0.28)}*cos(t*0.45+${phase})',format=yuv420p[v]`,
  ].join(';');
}

/**
 * A quiet beeping tone on pad `[a]`. `samplesPerFrame` must match what the audio encoder takes
 * per frame where the encoder cannot buffer (libopus in ffmpeg 4.1 rejects 1024-sample frames).
 */
export function toneGraph(variant: number, samplesPerFrame: number): string {
  const frequency = 330 + 55 * (((variant % 6) + 6) % 6);
  return `sine=frequency=${frequency}:sample_rate=48000:beep_factor=2:samples_per_frame=${samplesPerFrame},volume=0.3[a]`;
}
