import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * The Guacamole project's own rendering of a recording, as a reference: guacamole-common-js's
 * SessionRecording replays the file in a real Chromium, seeks to a time, and the display it drew
 * (every visible layer composited, as Guacamole.Display.flatten does, and the mouse cursor, which
 * that client shows as an element of its own, drawn over it where it stands, as an exported video
 * shows it) is read back as PNG and as RGBA pixels.
 */

const ORIGIN = 'http://guacamole-reference.invalid';
const require = createRequire(import.meta.url);

/** The browser the tests drive: CHROMIUM_PATH, else Debian's chromium (the same choice as e2e/chromium.mjs). */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((c) => !!c && fs.existsSync(c));
}

export interface ReferenceFrame {
  /** Milliseconds from the recording's first frame, as SessionRecording counts them. */
  positionMs: number;
  width: number;
  height: number;
  /** Straight (not premultiplied) RGBA, row by row. */
  rgba: Buffer;
  png: Buffer;
}

export class GuacamoleReference {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    /** Duration of the loaded recording in ms, as guacamole-common-js measures it. */
    readonly durationMs: number,
  ) {}

  /** Loads `file` (plain instructions) into guacamole-common-js in a fresh Chromium. */
  static async open(file: string): Promise<GuacamoleReference> {
    const library = await fsp.readFile(require.resolve('guacamole-common-js').replace(/cjs\/guacamole-common\.js$/, 'esm/guacamole-common.js'), 'utf8');
    // The ESM build ends by exporting the namespace; as a classic script it is put on window instead.
    const script = library.replace(/export default Guacamole;\s*$/, 'window.Guacamole = Guacamole;');
    const recording = await fsp.readFile(file);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--force-color-profile=srgb'] });
    try {
      const page = await browser.newPage();
      await page.route(`${ORIGIN}/**`, (route) => {
        const url = new URL(route.request().url());
        if (url.pathname === '/recording.guac') return route.fulfill({ body: recording, contentType: 'application/octet-stream' });
        if (url.pathname === '/guacamole-common.js') return route.fulfill({ body: script, contentType: 'text/javascript' });
        return route.fulfill({ body: '<!doctype html><script src="/guacamole-common.js"></script>', contentType: 'text/html' });
      });
      await page.goto(`${ORIGIN}/`);
      const durationMs = await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: guacamole-common-js, loaded as a script, has no types here.
        const Guacamole = (window as any).Guacamole;
        // Read through a tunnel, as the Guacamole web application plays recordings: the Blob
        // source of guacamole-common-js 1.5.0 never keeps the blob it is given, so it cannot seek.
        const session = new Guacamole.SessionRecording(new Guacamole.StaticHTTPTunnel('/recording.guac'));
        await new Promise<void>((resolve, reject) => {
          session.onload = () => resolve();
          session.onerror = (message: string) => reject(new Error(message));
          session.connect();
        });
        // biome-ignore lint/suspicious/noExplicitAny: as above.
        (window as any).session = session;
        return session.getDuration() as number;
      });
      return new GuacamoleReference(browser, page, durationMs);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** The display after the frame at `positionMs` (ms from the first frame) was drawn, every image decoded. */
  async frameAt(positionMs: number): Promise<ReferenceFrame> {
    const shot = await this.page.evaluate(async (at) => {
      // biome-ignore lint/suspicious/noExplicitAny: guacamole-common-js has no types here.
      const session = (window as any).session;
      await new Promise<void>((resolve) => session.seek(at, () => resolve()));
      const display = session.getDisplay();
      await new Promise<void>((resolve) => display.flush(() => resolve()));
      const canvas: HTMLCanvasElement = display.flatten();
      const context = canvas.getContext('2d')!;
      // The cursor layer is shown once a mouse instruction was replayed (Guacamole.Display.showCursor).
      const cursor = display.getCursorLayer();
      if (cursor.getElement().parentNode && cursor.width > 0 && cursor.height > 0) {
        context.drawImage(cursor.getCanvas(), display.cursorX - display.cursorHotspotX, display.cursorY - display.cursorHotspotY);
      }
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let binary = '';
      for (let i = 0; i < pixels.length; i += 0x8000) binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
      return {
        positionMs: session.getPosition() as number,
        width: canvas.width,
        height: canvas.height,
        rgba: btoa(binary),
        png: canvas.toDataURL('image/png').slice('data:image/png;base64,'.length),
      };
    }, positionMs);
    return { ...shot, rgba: Buffer.from(shot.rgba, 'base64'), png: Buffer.from(shot.png, 'base64') };
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** Peak signal-to-noise ratio over the RGB channels of two equal-sized RGBA images; Infinity when identical. */
export function psnr(a: Buffer, b: Buffer, width: number, height: number, strideA = width * 4, strideB = width * 4): number {
  let sum = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * strideA + x * 4;
      const j = y * strideB + x * 4;
      for (let c = 0; c < 3; c++) {
        const d = a[i + c]! - b[j + c]!;
        sum += d * d;
      }
    }
  }
  if (sum === 0) return Number.POSITIVE_INFINITY;
  const mse = sum / (width * height * 3);
  return 10 * Math.log10((255 * 255) / mse);
}

/**
 * PSNR of the BT.709 luma of two RGBA images. Exports are H.264 4:2:0, which keeps colour at half
 * the resolution in both directions: on coloured text that alone costs a few dB over RGB, whatever
 * the encoder does, while the detail a viewer reads is in the luma.
 */
export function lumaPsnr(a: Buffer, b: Buffer, width: number, height: number, strideA = width * 4, strideB = width * 4): number {
  let sum = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * strideA + x * 4;
      const j = y * strideB + x * 4;
      const d = 0.2126 * (a[i]! - b[j]!) + 0.7152 * (a[i + 1]! - b[j + 1]!) + 0.0722 * (a[i + 2]! - b[j + 2]!);
      sum += d * d;
    }
  }
  if (sum === 0) return Number.POSITIVE_INFINITY;
  return 10 * Math.log10((255 * 255) / (sum / (width * height)));
}
