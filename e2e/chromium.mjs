import fs from 'node:fs';

/**
 * The browser the tests drive: CHROMIUM_PATH, else a system Chromium (Debian's `chromium`
 * package), else undefined, meaning Playwright's own build (`npx playwright install chromium`).
 * @returns {string | undefined}
 */
export function chromiumExecutable() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];
  return candidates.find((candidate) => !!candidate && fs.existsSync(candidate));
}
