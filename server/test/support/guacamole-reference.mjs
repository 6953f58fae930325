import { execFile } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

/**
 * The Guacamole project's own rendering of a recording, as a reference: guacamole-common-js's
 * SessionRecording replays the file in a real Chromium, seeks to a time, and the display it drew
 * (every visible layer composited, as Guacamole.Display.flatten does, and the mouse cursor, which
 * that client shows as an element of its own, drawn over it where it stands, as an exported video
 * shows it) is read back as PNG and as RGBA pixels.
 */

const ORIGIN = 'http://guacamole-reference.invalid';
const require = createRequire(import.meta.url);
const run = promisify(execFile);

/** Fractions of the recording at which moments are chosen. */
export const MOMENTS = [0.1, 0.3, 0.5, 0.7, 0.9];
/**
 * A moment is a sync after which no timestamped instruction (sync, mouse, key) comes for this
 * long, so that both players show the same frame, cursor included.
 */
export const STILL_MS = 300;
/** Where in that still time the videos are read: past the frame a change is shown at, well before the next change. */
export const SETTLED_MS = 100;

/**
 * Sync timestamps (the recording's own ms) near each fraction of MOMENTS after which the display
 * stays still, from the recording's instructions in batches (GuacamoleReader.batches()) and the
 * function that reads an instruction's timestamp (timestampOf).
 */
export async function chooseMoments(batches, timestampOf) {
  const syncs = [];
  /** For each sync, the timestamp of the next instruction that carries one. */
  const nextAfter = [];
  for await (const batch of batches) {
    for (const instruction of batch) {
      const at = timestampOf(instruction);
      if (at === null) continue;
      if (nextAfter.length > 0 && nextAfter[nextAfter.length - 1] === Number.POSITIVE_INFINITY) nextAfter[nextAfter.length - 1] = at;
      if (instruction.opcode === 'sync' && (syncs.length === 0 || at > syncs[syncs.length - 1])) {
        syncs.push(at);
        nextAfter.push(Number.POSITIVE_INFINITY);
      }
    }
  }
  const first = syncs[0];
  const span = syncs[syncs.length - 1] - first;
  const chosen = MOMENTS.map((fraction) => {
    const target = first + fraction * span;
    const index = syncs.findIndex((t, i) => t >= target && nextAfter[i] - t >= STILL_MS);
    return syncs[index === -1 ? syncs.length - 1 : index];
  });
  return { syncs: [...new Set(chosen)], firstSync: first };
}

/**
 * Straight RGBA of a video's frame shown at `seconds`, the whole frame (`width`×`height`, the
 * video's own size). A video of Custodian has a frame only where the display changed, and
 * ffmpeg's seek gives the first frame at or after a time, which is the next change: the fps filter
 * repeats each frame over the time it is shown, so the frame taken at `seconds` is the one a player
 * shows then. The colours are decoded as the video says (BT.709 for Custodian's; guacenc's say
 * nothing, so BT.601, as it encodes them), the colour upsampled per 2×2 block (ffmpeg's default).
 */
export async function videoFrameAt(ffmpegPath, file, seconds, width, height) {
  const { stdout } = await run(
    ffmpegPath,
    ['-v', 'error', '-i', file, '-vf', 'fps=25', '-ss', seconds.toFixed(3), '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgba', 'pipe:1'],
    { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
  );
  if (stdout.length !== width * height * 4) throw new Error(`${file} at ${seconds} s: expected a ${width}x${height} frame, got ${stdout.length} bytes`);
  return stdout;
}

/** The browser the tests drive: CHROMIUM_PATH, else Debian's chromium (the same choice as e2e/chromium.mjs). */
export function chromiumPath() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((c) => !!c && fs.existsSync(c));
}

export class GuacamoleReference {
  /** @private Use GuacamoleReference.open. */
  constructor(browser, page, durationMs) {
    this.browser = browser;
    this.page = page;
    /** Duration of the loaded recording in ms, as guacamole-common-js measures it. */
    this.durationMs = durationMs;
  }

  /** Loads `file` (plain instructions) into guacamole-common-js in a fresh Chromium. */
  static async open(file) {
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
        const Guacamole = window.Guacamole;
        // Read through a tunnel, as the Guacamole web application plays recordings: the Blob
        // source of guacamole-common-js 1.5.0 never keeps the blob it is given, so it cannot seek.
        const session = new Guacamole.SessionRecording(new Guacamole.StaticHTTPTunnel('/recording.guac'));
        await new Promise((resolve, reject) => {
          session.onload = () => resolve();
          session.onerror = (message) => reject(new Error(message));
          session.connect();
        });
        window.session = session;
        return session.getDuration();
      });
      return new GuacamoleReference(browser, page, durationMs);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** The display after the frame at `positionMs` (ms from the first frame) was drawn, every image decoded. */
  async frameAt(positionMs) {
    const shot = await this.page.evaluate(async (at) => {
      const session = window.session;
      await new Promise((resolve) => session.seek(at, () => resolve()));
      const display = session.getDisplay();
      await new Promise((resolve) => display.flush(() => resolve()));
      const canvas = display.flatten();
      const context = canvas.getContext('2d');
      // The cursor layer is shown once a mouse instruction was replayed (Guacamole.Display.showCursor).
      const cursor = display.getCursorLayer();
      if (cursor.getElement().parentNode && cursor.width > 0 && cursor.height > 0) {
        context.drawImage(cursor.getCanvas(), display.cursorX - display.cursorHotspotX, display.cursorY - display.cursorHotspotY);
      }
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let binary = '';
      for (let i = 0; i < pixels.length; i += 0x8000) binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
      return {
        positionMs: session.getPosition(),
        width: canvas.width,
        height: canvas.height,
        rgba: btoa(binary),
        png: canvas.toDataURL('image/png').slice('data:image/png;base64,'.length),
      };
    }, positionMs);
    return { ...shot, rgba: Buffer.from(shot.rgba, 'base64'), png: Buffer.from(shot.png, 'base64') };
  }

  close() {
    return this.browser.close();
  }
}

/** Peak signal-to-noise ratio over the RGB channels of two equal-sized RGBA images; Infinity when identical. */
export function psnr(a, b, width, height, strideA = width * 4, strideB = width * 4) {
  let sum = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * strideA + x * 4;
      const j = y * strideB + x * 4;
      for (let c = 0; c < 3; c++) {
        const d = a[i + c] - b[j + c];
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
export function lumaPsnr(a, b, width, height, strideA = width * 4, strideB = width * 4) {
  let sum = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * strideA + x * 4;
      const j = y * strideB + x * 4;
      const d = 0.2126 * (a[i] - b[j]) + 0.7152 * (a[i + 1] - b[j + 1]) + 0.0722 * (a[i + 2] - b[j + 2]);
      sum += d * d;
    }
  }
  if (sum === 0) return Number.POSITIVE_INFINITY;
  return 10 * Math.log10((255 * 255) / (sum / (width * height)));
}
