/**
 * Runs `job` every `intervalMs` (and once after `firstAfterMs`, when given) until stopped. A run
 * never overlaps the one before: a slow run makes the next tick a no-op instead of piling up
 * queries. A failed run is logged with `name` and the next one runs as usual. The timers do not
 * keep the process alive.
 */
export function startPeriodicJob(
  name: string,
  job: () => Promise<unknown>,
  { intervalMs, firstAfterMs, log }: { intervalMs: number; firstAfterMs?: number; log: (line: string) => void },
): () => void {
  let busy = false;
  const run = () => {
    if (busy) return;
    busy = true;
    job()
      .catch((error: Error) => log(`${name}: ${error.message}`))
      .finally(() => (busy = false));
  };
  const first = firstAfterMs === undefined ? undefined : setTimeout(run, firstAfterMs);
  const timer = setInterval(run, intervalMs);
  first?.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
