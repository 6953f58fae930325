// Browser tests need a Chromium. A system one is used when present; otherwise Playwright's own
// build is installed once, which needs internet access.
import { execFileSync } from 'node:child_process';
import { chromiumExecutable } from './chromium.mjs';

if (!chromiumExecutable()) {
  console.log("No system Chromium found: installing Playwright's Chromium (set CHROMIUM_PATH to use another browser).");
  try {
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  } catch {
    console.error('Could not install a browser for the browser tests. Install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH.');
    process.exit(1);
  }
}
