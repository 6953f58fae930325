import { GuacamoleError } from '../guacamole-error.js';
import type { GuacamoleInstruction } from '../instruction-parser.js';
import { DirtyRegion } from './dirty-region.js';
import { InstructionCounts } from './instruction-counts.js';
import { Mode, type Pixels, premultipliedWord, type Rect, Surface } from './surface.js';

/** The largest side of any layer or buffer; larger sizes are clamped (drawing there is clipped). */
export const MAX_SURFACE_SIDE = 8192;
/** Pixels held by all layers and buffers together: 256 MiB of RGBA, several 4K desktops' worth. */
export const MAX_TOTAL_PIXELS = 64 * 1024 * 1024;
/** Layers and buffers alive at once. guacd allocates a few dozen. */
export const MAX_SURFACES = 4096;
/** Nesting of layers deeper than this is refused (guacd nests three deep). */
const MAX_DEPTH = 64;
/** Coordinates beyond this are not screen coordinates. */
const MAX_COORDINATE = 1 << 24;

/** A visible layer (index ≥ 0) or an off-screen buffer (< 0). */
interface Layer {
  surface: Surface;
  /** Buffers grow to fit what is drawn on them; layers keep the size `size` gave them. */
  autosize: boolean;
  parent: number;
  x: number;
  y: number;
  z: number;
  opacity: number;
  /** Creation order: among siblings of equal z, the later one is drawn on top. */
  order: number;
  /** The rectangles of the current path (`rect`), filled by `cfill`. */
  path: Rect[];
  pathClosed: boolean;
}

/** Instructions a recording holds that draw nothing: skipped, and counted. */
const NOT_DRAWING = new Set([
  'key',
  'name',
  'clipboard',
  'audio',
  'video',
  'file',
  'pipe',
  'ack',
  'args',
  'argv',
  'nest',
  'body',
  'filesystem',
  'undefine',
  'set',
  'required',
  'msg',
  'error',
  'disconnect',
  'nop',
  'log',
  'select',
  'connect',
  'ready',
  'attach',
]);

/** Drawing instructions of the protocol that guacd does not use for recordings: counted, not drawn. */
const NOT_SUPPORTED = new Set([
  'arc',
  'curve',
  'line',
  'start',
  'close',
  'cstroke',
  'lstroke',
  'lfill',
  'clip',
  'push',
  'pop',
  'reset',
  'identity',
  'transform',
  'distort',
]);

/**
 * Instructions this display handles itself; `sync` ends a frame (the renderer acts on it). Image
 * streams (`img`, `blob`, `end`) are assembled and decoded by the renderer, then drawn here.
 */
const DRAWING = new Set(['size', 'move', 'shade', 'dispose', 'rect', 'cfill', 'copy', 'transfer', 'cursor', 'mouse', 'sync']);

export type InstructionKind = 'drawing' | 'image' | 'skipped' | 'unsupported' | 'unknown';

export function instructionKind(opcode: string): InstructionKind {
  if (DRAWING.has(opcode)) return 'drawing';
  if (opcode === 'img' || opcode === 'blob' || opcode === 'end') return 'image';
  if (NOT_DRAWING.has(opcode)) return 'skipped';
  if (NOT_SUPPORTED.has(opcode)) return 'unsupported';
  return 'unknown';
}

function integer(text: string | undefined): number | null {
  if (text === undefined || text.length > 12) return null;
  const value = Number(text);
  return Number.isInteger(value) && Math.abs(value) <= MAX_COORDINATE ? value : null;
}

/** The arguments as integers, or null when one is missing or not an integer. */
function integers(args: string[], count: number): number[] | null {
  if (args.length < count) return null;
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const value = integer(args[i]);
    if (value === null) return null;
    values.push(value);
  }
  return values;
}

/**
 * A Guacamole display, drawn as guacd meant it and as the Guacamole client shows it: visible
 * layers nested with `move` under the default layer (0), off-screen buffers (< 0) that grow to
 * fit what is drawn on them, the pointer drawn on top at the mouse position. The canvas is as
 * large as the largest default layer, rounded up to even sides for 4:2:0 video; what lies
 * outside the default layer's current size is black.
 */
export class GuacamoleDisplay {
  readonly width: number;
  readonly height: number;
  /** The composed picture (premultiplied RGBA over black); its bytes are what a frame shows. */
  readonly frame: Surface;
  readonly counts = new InstructionCounts();
  private readonly layers = new Map<number, Layer>();
  private readonly dirty: DirtyRegion;
  private readonly cursor = new Surface();
  private cursorHotspot = { x: 0, y: 0 };
  private mouse = { x: -1, y: -1 };
  private totalPixels = 0;
  private created = 0;
  private children: Map<number, number[]> | null = null;
  private current: GuacamoleInstruction | null = null;

  constructor(width: number, height: number) {
    if (!(width > 0 && height > 0 && width <= MAX_SURFACE_SIDE && height <= MAX_SURFACE_SIDE))
      throw new RangeError(`The canvas must be 1 to ${MAX_SURFACE_SIDE} pixels a side, got ${width}x${height}`);
    this.width = width + (width & 1);
    this.height = height + (height & 1);
    this.frame = new Surface(this.width, this.height);
    this.dirty = new DirtyRegion(this.width, this.height);
    this.dirty.addAll();
    this.layer(0);
  }

  /** Whether anything visible changed since the last `compose`. */
  get changed(): boolean {
    return !this.dirty.empty;
  }

  /**
   * Applies a drawing instruction (see `instructionKind`); anything else is only counted.
   * Malformed arguments skip the instruction (counted as invalid); only limits that protect the
   * process throw, as GuacamoleError.
   */
  apply(instruction: GuacamoleInstruction): void {
    const { opcode, args } = instruction;
    const kind = instructionKind(opcode);
    if (kind !== 'drawing') {
      this.counts.count(kind, opcode);
      return;
    }
    this.current = instruction;
    const done = this.draw(opcode, args);
    this.counts.count(done ? 'drawing' : 'invalid', opcode);
  }

  /** Draws a decoded image of an image stream (`img` … `end`) at its place. */
  drawImage(layerIndex: number, mode: number, x: number, y: number, image: Pixels, instruction?: GuacamoleInstruction): void {
    if (instruction) this.current = instruction;
    const layer = this.layer(layerIndex);
    if (layer.autosize) this.fit(layer, x + image.width, y + image.height);
    layer.surface.draw(image, 0, 0, image.width, image.height, x, y, mode);
    this.touch(layerIndex, { x, y, width: image.width, height: image.height });
  }

  private draw(opcode: string, args: string[]): boolean {
    switch (opcode) {
      case 'sync':
        return true;
      case 'size': {
        const v = integers(args, 3);
        if (!v || v[1]! < 0 || v[2]! < 0) return false;
        const [index, width, height] = v as [number, number, number];
        const layer = this.layer(index);
        const before = this.placement(index);
        this.resize(layer, Math.min(width, MAX_SURFACE_SIDE), Math.min(height, MAX_SURFACE_SIDE));
        if (before) this.dirty.add(before.x, before.y, before.width, before.height);
        this.touchWhole(index);
        return true;
      }
      case 'move': {
        const v = integers(args, 5);
        if (!v) return false;
        const [index, parent, x, y, z] = v as [number, number, number, number, number];
        // Only visible layers move, into a visible layer that is not inside them.
        if (index <= 0 || parent < 0 || this.isWithin(parent, index)) return false;
        const layer = this.layer(index);
        this.layer(parent);
        this.touchWhole(index);
        Object.assign(layer, { parent, x, y, z });
        this.children = null;
        this.touchWhole(index);
        return true;
      }
      case 'shade': {
        const v = integers(args, 2);
        if (!v || v[0]! < 0) return false;
        const layer = this.layer(v[0]!);
        layer.opacity = Math.max(0, Math.min(255, v[1]!));
        this.touchWhole(v[0]!);
        return true;
      }
      case 'dispose': {
        const v = integers(args, 1);
        if (!v || v[0] === 0) return false;
        const layer = this.layers.get(v[0]!);
        if (!layer) return true;
        this.touchWhole(v[0]!);
        this.totalPixels -= layer.surface.pixels;
        this.layers.delete(v[0]!);
        this.children = null;
        return true;
      }
      case 'rect': {
        const v = integers(args, 5);
        if (!v || v[3]! < 0 || v[4]! < 0) return false;
        const [index, x, y, width, height] = v as [number, number, number, number, number];
        const layer = this.layer(index);
        if (layer.pathClosed) {
          layer.path = [];
          layer.pathClosed = false;
        }
        if (layer.autosize) this.fit(layer, x + width, y + height);
        if (layer.path.length < 1024) layer.path.push({ x, y, width, height });
        return true;
      }
      case 'cfill': {
        const v = integers(args, 6);
        if (!v) return false;
        const [mode, index, r, g, b, a] = v as [number, number, number, number, number, number];
        const layer = this.layer(index);
        const color = premultipliedWord(r, g, b, a);
        for (const rect of layer.path) {
          layer.surface.fill(rect, mode & 0xf, color);
          this.touch(index, rect);
        }
        layer.pathClosed = true;
        return true;
      }
      case 'copy': {
        const v = integers(args, 9);
        if (!v || v[3]! < 0 || v[4]! < 0) return false;
        const [from, sx, sy, width, height, mode, to, dx, dy] = v as [number, number, number, number, number, number, number, number, number];
        const source = this.layer(from);
        const target = this.layer(to);
        if (target.autosize) this.fit(target, dx + width, dy + height);
        target.surface.draw(source.surface, sx, sy, width, height, dx, dy, mode & 0xf);
        this.touch(to, { x: dx, y: dy, width, height });
        return true;
      }
      case 'transfer': {
        const v = integers(args, 9);
        if (!v || v[3]! < 0 || v[4]! < 0) return false;
        const [from, sx, sy, width, height, fn, to, dx, dy] = v as [number, number, number, number, number, number, number, number, number];
        const source = this.layer(from);
        const target = this.layer(to);
        if (target.autosize) this.fit(target, dx + width, dy + height);
        target.surface.transfer(source.surface, sx, sy, width, height, fn & 0xf, dx, dy);
        this.touch(to, { x: dx, y: dy, width, height });
        return true;
      }
      case 'cursor': {
        const v = integers(args, 7);
        if (!v || v[5]! < 0 || v[6]! < 0) return false;
        const [hx, hy, from, sx, sy, width, height] = v as [number, number, number, number, number, number, number];
        const source = this.layer(from);
        this.touchCursor();
        this.cursor.resize(Math.min(width, 512), Math.min(height, 512));
        this.cursor.words.fill(0);
        this.cursor.draw(source.surface, sx, sy, this.cursor.width, this.cursor.height, 0, 0, Mode.SRC);
        this.cursorHotspot = { x: hx, y: hy };
        this.touchCursor();
        return true;
      }
      case 'mouse': {
        const v = integers(args, 2);
        if (!v) return false;
        if (v[0] === this.mouse.x && v[1] === this.mouse.y) return true;
        this.touchCursor();
        this.mouse = { x: v[0]!, y: v[1]! };
        this.touchCursor();
        return true;
      }
    }
    return false;
  }

  /**
   * Composes what changed since the last call into `frame` (the default layer, its visible
   * descendants by z-order, the pointer) and returns those rectangles, empty when nothing changed.
   */
  compose(): Rect[] {
    const rects = this.dirty.take();
    if (rects.length === 0) return rects;
    const root = this.layers.get(0)!;
    const { frame } = this;
    const children = this.childLists();
    for (const r of rects) {
      // The default layer is the background: copied, and black beyond its current size.
      const inside = root.surface.clip(r.x, r.y, r.width, r.height);
      for (let y = r.y; y < r.y + r.height; y++) frame.words.fill(0, y * frame.width + r.x, y * frame.width + r.x + r.width);
      if (inside) frame.draw(root.surface, inside.x, inside.y, inside.width, inside.height, inside.x, inside.y, Mode.SRC);
      for (const child of children.get(0) ?? []) this.composeLayer(child, 0, 0, r, 255, children, 1);
      this.composeCursor(r);
    }
    return rects;
  }

  private composeLayer(index: number, px: number, py: number, clip: Rect, parentOpacity: number, children: Map<number, number[]>, depth: number): void {
    const layer = this.layers.get(index)!;
    const x = px + layer.x;
    const y = py + layer.y;
    const area = intersect(clip, { x, y, width: layer.surface.width, height: layer.surface.height });
    if (!area || depth > MAX_DEPTH) return;
    // A shaded parent shades its children alike (exact for opaque layers, as guacd draws them).
    const opacity = Math.round((parentOpacity * layer.opacity) / 255);
    if (opacity === 0) return;
    this.frame.overWithOpacity(layer.surface, area.x - x, area.y - y, area.width, area.height, area.x, area.y, opacity);
    for (const child of children.get(index) ?? []) this.composeLayer(child, x, y, area, opacity, children, depth + 1);
  }

  private composeCursor(clip: Rect): void {
    if (this.mouse.x < 0 || this.mouse.y < 0 || this.cursor.width === 0) return;
    const x = this.mouse.x - this.cursorHotspot.x;
    const y = this.mouse.y - this.cursorHotspot.y;
    const area = intersect(clip, { x, y, width: this.cursor.width, height: this.cursor.height });
    if (area) this.frame.draw(this.cursor, area.x - x, area.y - y, area.width, area.height, area.x, area.y, Mode.OVER);
  }

  /** Each visible layer's children, by z then creation order. */
  private childLists(): Map<number, number[]> {
    if (this.children) return this.children;
    const lists = new Map<number, number[]>();
    for (const [index, layer] of this.layers) {
      if (index <= 0) continue;
      const list = lists.get(layer.parent);
      if (list) list.push(index);
      else lists.set(layer.parent, [index]);
    }
    for (const list of lists.values()) {
      list.sort((a, b) => {
        const la = this.layers.get(a)!;
        const lb = this.layers.get(b)!;
        return la.z - lb.z || la.order - lb.order;
      });
    }
    this.children = lists;
    return lists;
  }

  private layer(index: number): Layer {
    let layer = this.layers.get(index);
    if (layer) return layer;
    if (this.layers.size >= MAX_SURFACES) this.refuse(`the recording uses more than ${MAX_SURFACES} layers and buffers at once`);
    layer = { surface: new Surface(), autosize: index < 0, parent: 0, x: 0, y: 0, z: 0, opacity: 255, order: this.created++, path: [], pathClosed: false };
    this.layers.set(index, layer);
    if (index > 0) this.children = null;
    return layer;
  }

  private resize(layer: Layer, width: number, height: number): void {
    const added = width * height - layer.surface.pixels;
    if (this.totalPixels + added > MAX_TOTAL_PIXELS)
      this.refuse(`the layers and buffers would hold more than ${MAX_TOTAL_PIXELS / (1024 * 1024)} Mi pixels, more than any real display needs`);
    layer.surface.resize(width, height);
    this.totalPixels += added;
  }

  /** Grows a buffer to hold what is drawn up to (right, bottom). */
  private fit(layer: Layer, right: number, bottom: number): void {
    const width = Math.min(MAX_SURFACE_SIDE, Math.max(layer.surface.width, right));
    const height = Math.min(MAX_SURFACE_SIDE, Math.max(layer.surface.height, bottom));
    if (width !== layer.surface.width || height !== layer.surface.height) this.resize(layer, width, height);
  }

  /** True when `index` is `ancestor` or lies inside it. */
  private isWithin(index: number, ancestor: number): boolean {
    let current = index;
    for (let depth = 0; depth <= MAX_DEPTH; depth++) {
      if (current === ancestor) return true;
      if (current <= 0) return false;
      const layer = this.layers.get(current);
      if (!layer) return false;
      current = layer.parent;
    }
    return true;
  }

  /** Where a layer shows on the canvas, clipped by its ancestors; null when it does not show. */
  private placement(index: number): Rect | null {
    if (index < 0) return null;
    const chain: Layer[] = [];
    for (let current = index; current !== 0; ) {
      const layer = this.layers.get(current);
      if (!layer || chain.length > MAX_DEPTH) return null;
      chain.push(layer);
      current = layer.parent;
    }
    const root = this.layers.get(0)!;
    let area: Rect | null = { x: 0, y: 0, width: Math.max(this.width, root.surface.width), height: Math.max(this.height, root.surface.height) };
    let x = 0;
    let y = 0;
    for (let i = chain.length - 1; i >= 0 && area; i--) {
      const layer = chain[i]!;
      x += layer.x;
      y += layer.y;
      area = intersect(area, { x, y, width: layer.surface.width, height: layer.surface.height });
    }
    return area;
  }

  /** Marks a rectangle of a layer (in its own coordinates) as changed on the canvas. */
  private touch(index: number, rect: Rect): void {
    if (index < 0) return;
    const area = this.placement(index);
    if (!area) return;
    let x = 0;
    let y = 0;
    for (let current = index; current !== 0; ) {
      const layer = this.layers.get(current)!;
      x += layer.x;
      y += layer.y;
      current = layer.parent;
    }
    const changed = intersect(area, { x: rect.x + x, y: rect.y + y, width: rect.width, height: rect.height });
    if (changed) this.dirty.add(changed.x, changed.y, changed.width, changed.height);
  }

  private touchWhole(index: number): void {
    if (index === 0) {
      this.dirty.addAll();
      return;
    }
    const area = this.placement(index);
    if (area) this.dirty.add(area.x, area.y, area.width, area.height);
  }

  private touchCursor(): void {
    if (this.mouse.x < 0 || this.mouse.y < 0) return;
    this.dirty.add(this.mouse.x - this.cursorHotspot.x, this.mouse.y - this.cursorHotspot.y, this.cursor.width, this.cursor.height);
  }

  private refuse(reason: string): never {
    const at = this.current;
    throw new GuacamoleError(reason, at?.byteOffset ?? 0, at?.number ?? 0);
  }
}

function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}
