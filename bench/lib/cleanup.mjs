// Runs a benchmark's main function and undoes everything it set up (child processes, databases,
// temporary folders), whether it finishes, throws, or is interrupted with Ctrl-C / SIGTERM.

const steps = [];
let cleaning = null;
const stopping = new AbortController();

/** Aborted when cleaning up starts: pass it to work that should stop then (ffmpeg runs). */
export const cleanupSignal = stopping.signal;

/** Registers an undo step; steps run in reverse order of registration. Returns an unregister function. */
export function onCleanup(label, fn) {
  const step = { label, fn };
  steps.push(step);
  return () => {
    const i = steps.indexOf(step);
    if (i >= 0) steps.splice(i, 1);
  };
}

export function cleanupAll() {
  cleaning ??= (async () => {
    stopping.abort();
    while (steps.length) {
      const { label, fn } = steps.pop();
      try {
        await fn();
      } catch (error) {
        console.error(`cleanup: ${label}: ${error?.message ?? error}`);
      }
    }
  })();
  return cleaning;
}

/**
 * Runs `main`, cleans up, and exits with 0 (or with `main`'s number), 1 on an error, or 128+n on
 * a signal.
 */
export async function runMain(main) {
  let interrupted = false;
  let signalCode = 0;
  const onSignal = (signal) => {
    if (interrupted) return;
    interrupted = true;
    signalCode = signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143;
    console.error(`\n${signal}: stopping and cleaning up...`);
    cleanupAll().finally(() => process.exit(signalCode));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  let code = 0;
  try {
    const result = await main();
    if (typeof result === 'number') code = result;
  } catch (error) {
    // After Ctrl-C the work in progress fails on purpose; the signal handler exits.
    if (!interrupted) console.error(`\nbenchmark failed: ${error?.stack ?? error}`);
    code = 1;
  }
  await cleanupAll();
  process.exit(interrupted ? signalCode : code);
}
