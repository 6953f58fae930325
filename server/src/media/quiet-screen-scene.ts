import {
  ACCENTS,
  type Box,
  DESKTOPS,
  DOC_BODY,
  even,
  fill,
  noise,
  pick,
  type SceneOptions,
  stillLayer,
  TASKBAR,
  TERMINAL_BODY,
  TERMINAL_TITLE,
  TEXT_GREY,
} from './screen-scene.js';

/**
 * A filter graph for a desktop as people mostly record it: nothing moves for seconds at a time.
 * Someone types a few bursts into an editor with a blinking text cursor, moves the pointer to open
 * and close a dialog, scrolls the document once, then leaves the screen untouched. Every change
 * happens at a known share of the duration, so recordings of any length have the same story.
 * Only boxes are drawn: no fonts needed.
 */
export interface QuietSceneOptions extends SceneOptions {
  durationSeconds: number;
}

/** Typing bursts as [start, end] shares of the duration. */
const TYPING: readonly (readonly [number, number])[] = [
  [0.08, 0.18],
  [0.3, 0.36],
  [0.62, 0.7],
];
const CHARS_PER_SECOND = 6;
/** Text cursors blink at about 530 ms on, 530 ms off. */
const BLINK_SECONDS = 1.06;
/** The dialog is open between these shares; the pointer travels to it and back before. */
const DIALOG: readonly [number, number] = [0.42, 0.52];
const POINTER_MOVES: readonly (readonly [number, number])[] = [
  [0.39, 0.42],
  [0.5, 0.52],
];
const SCROLL: readonly [number, number] = [0.76, 0.78];
/** From here on the editor has lost focus: no cursor, nothing changes. */
const IDLE_FROM = 0.82;

const clip01 = (from: number, to: number): string => `clip((t-${from.toFixed(3)})/${(to - from).toFixed(3)},0,1)`;

/** A filter_complex whose output pad `[v]` is the screen, in yuv420p. */
export function quietScreenSceneGraph({ width: W, height: H, fps, variant, durationSeconds: D }: QuietSceneOptions): string {
  const at = (share: number): number => share * D;
  const titleH = even(H * 0.04, 6);
  const pad = even(Math.min(W, H) * 0.015, 2);
  const taskbar: Box = { x: 0, y: H - even(H * 0.045, 8), w: W, h: even(H * 0.045, 8) };
  const editor: Box = { x: even(W * 0.05), y: even(H * 0.06), w: even(W * 0.55, 32), h: even(H * 0.8, 32) };
  const terminal: Box = { x: even(W * 0.63), y: even(H * 0.12), w: even(W * 0.33, 32), h: even(H * 0.45, 32) };
  const dialog: Box = { x: even(W * 0.36), y: even(H * 0.3), w: even(W * 0.28, 16), h: even(H * 0.22, 16) };
  const text: Box = { x: editor.x + pad, y: editor.y + titleH + pad, w: even(editor.w - 2 * pad, 8), h: even(editor.h - titleH - 2 * pad, 8) };

  const charW = even(Math.max(4, W / 160));
  const lineH = even(Math.max(4, H / 90));
  const lineStep = even(lineH * 2.2);
  const charsPerLine = Math.max(4, Math.floor((text.w - 2 * pad) / charW));
  const lines = Math.floor(text.h / lineStep);
  // The document is taller than its window, so that scrolling brings new lines in.
  const scrollLines = 6;
  const docH = text.h + scrollLines * lineStep;
  const typedRow0 = Math.floor(lines * 0.35);

  // Lines of "words": boxes of uneven lengths, as text looks from afar.
  const words = (row: number, y: number): string[] => {
    const out: string[] = [];
    let x = pad;
    for (let i = 0; x < text.w - pad - charW * 3; i++) {
      const len = 2 + Math.floor(noise(row * 31 + i, variant) * 8);
      const w = Math.min(len * charW, text.w - pad - x);
      out.push(fill({ x, y, w, h: lineH }, TEXT_GREY));
      x += w + charW;
    }
    return out;
  };
  const docLines = Array.from({ length: lines + scrollLines }, (_, row) => row)
    .filter((row) => row < typedRow0 || row > typedRow0 + 5)
    .filter((row) => noise(row, variant + 7) > 0.2)
    .flatMap((row) => words(row, row * lineStep + pad));
  const typedLines = Array.from({ length: 6 }, (_, row) => words(100 + row, row * lineStep + pad)).flat();

  // Characters typed by time t: a step function that rises during each burst.
  const typed = TYPING.map(
    ([from, to]) => `floor(clip((t-${at(from).toFixed(3)})*${CHARS_PER_SECOND},0,${Math.floor((at(to) - at(from)) * CHARS_PER_SECOND)}))`,
  ).join('+');
  const row = `floor((${typed})/${charsPerLine})`;
  const col = `mod(${typed},${charsPerLine})`;
  const typing = TYPING.map(([from, to]) => `between(t,${at(from).toFixed(3)},${at(to).toFixed(3)})`).join('+');
  // Solid while typing, blinking otherwise; gone while the dialog has focus and once idle.
  const caretOn =
    `(gt(${typing},0)+lt(mod(t,${BLINK_SECONDS}),${BLINK_SECONDS / 2}))` +
    `*not(between(t,${at(DIALOG[0]).toFixed(3)},${at(DIALOG[1]).toFixed(3)}))*lt(t,${at(IDLE_FROM).toFixed(3)})`;
  const scroll = `${scrollLines * lineStep}*${clip01(at(SCROLL[0]), at(SCROLL[1]))}`;

  const pointer = [
    { x: even(W * 0.3), y: even(H * 0.45) },
    { x: even(W * 0.55), y: even(H * 0.47) },
    { x: even(W * 0.32), y: even(H * 0.5) },
  ] as const;
  const [p0, p1, p2] = pointer;
  const [m1, m2] = POINTER_MOVES as [readonly [number, number], readonly [number, number]];
  const move = (axis: 'x' | 'y'): string =>
    `${p0[axis]}+${p1[axis] - p0[axis]}*${clip01(at(m1[0]), at(m1[1]))}+${p2[axis] - p1[axis]}*${clip01(at(m2[0]), at(m2[1]))}`;
  const pointerW = even(Math.max(6, H / 60));
  const pointerH = even(pointerW * 1.5);
  const caretW = Math.max(2, even(W / 960));

  const open = `between(t,${at(DIALOG[0]).toFixed(3)},${at(DIALOG[1]).toFixed(3)})`;
  const desktop = [
    fill(taskbar, TASKBAR),
    ...[0, 1, 2, 3].map((i) => {
      const size = even(taskbar.h * 0.6, 4);
      return fill({ x: even(pad + i * size * 1.6), y: taskbar.y + even((taskbar.h - size) / 2, 0), w: size, h: size }, pick(ACCENTS, variant + i + 1));
    }),
    fill(editor, DOC_BODY),
    fill({ ...editor, h: titleH }, pick(ACCENTS, variant)),
    fill(terminal, TERMINAL_BODY),
    fill({ ...terminal, h: titleH }, TERMINAL_TITLE),
    ...Array.from({ length: 8 }, (_, i) =>
      fill(
        {
          x: terminal.x + pad,
          y: terminal.y + titleH + pad + i * lineStep,
          w: even((terminal.w - 2 * pad) * (0.3 + 0.6 * noise(i, variant + 3)), 4),
          h: lineH,
        },
        '0x3fbf5f',
      ),
    ),
  ];
  const dialogBoxes = [
    fill({ ...dialog, h: titleH }, pick(ACCENTS, variant + 2)),
    fill({ x: dialog.x, y: dialog.y + titleH, w: dialog.w, h: dialog.h - titleH }, '0xe8e8e8'),
    fill(
      {
        x: dialog.x + dialog.w - even(dialog.w * 0.3) - pad,
        y: dialog.y + dialog.h - even(dialog.h * 0.25) - pad,
        w: even(dialog.w * 0.3),
        h: even(dialog.h * 0.25),
      },
      pick(ACCENTS, variant + 2),
    ),
  ].map((box) => box.replace('t=fill', `t=fill:enable='${open}'`));

  return [
    `${stillLayer(pick(DESKTOPS, variant), W, H, fps, desktop)}[desk]`,
    `${stillLayer(DOC_BODY, text.w, docH, fps, docLines)}[doc]`,
    `${stillLayer(DOC_BODY, text.w, 6 * lineStep, fps, typedLines)}[typed]`,
    `${stillLayer(DOC_BODY, text.w, lineStep, fps)}[rest]`,
    `${stillLayer(DOC_BODY, text.w, 6 * lineStep, fps)}[below]`,
    `${stillLayer('black', caretW, lineStep, fps)}[caret]`,
    `${stillLayer('white', pointerW, pointerH, fps, [`drawbox=x=0:y=0:w=${pointerW}:h=${pointerH}:c=black:t=1`])}[pointer]`,
    // Untyped text is covered: the rest of the current line, and every line below it.
    `[typed][rest]overlay=x='${col}*${charW}+${pad}':y='${row}*${lineStep}'[t1]`,
    `[t1][below]overlay=x=0:y='(${row}+1)*${lineStep}'[t2]`,
    `[t2][caret]overlay=x='${col}*${charW}+${pad}':y='${row}*${lineStep}':enable='${caretOn}'[t3]`,
    `[doc][t3]overlay=x=0:y=${typedRow0 * lineStep}[d1]`,
    `[d1]crop=w=${text.w}:h=${text.h}:x=0:y='${scroll}'[view]`,
    `[desk][view]overlay=x=${text.x}:y=${text.y},${dialogBoxes.join(',')}[s1]`,
    `[s1][pointer]overlay=x='${move('x')}':y='${move('y')}',format=yuv420p[v]`,
  ].join(';');
}
