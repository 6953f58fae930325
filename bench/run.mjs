#!/usr/bin/env node
// Runs every benchmark, one after the other, each in a process of its own, then prints a summary.
//
//   npm run bench                 (from the repository root; the server must be built)
//   npm run bench -- --quick      smaller inputs, for a check that everything works
//   npm run bench -- --only pickup-latency --check
import { spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseOptions } from './lib/options.mjs';
import { requireBuiltServer } from './lib/paths.mjs';

const BENCHMARKS = {
  'export-overhead': {
    quick: ['--duration', '10', '--runs', '2'],
    summary: (r) =>
      `system ${(r.medianSystemMs / 1000).toFixed(2)} s / ffmpeg alone ${(r.medianAloneMs / 1000).toFixed(2)} s = ${r.ratio.toFixed(3)} (target <= ${r.target.toFixed(2)})`,
  },
  'pickup-latency': {
    quick: ['--tasks', '20', '--drain', '5', '--samples', '50'],
    summary: (r) =>
      `median pickup ${r.pickup.median.toFixed(1)} ms (target < ${r.target} ms), p90 ${r.pickup.p90.toFixed(1)} ms, floor ${r.baseline.floorMs.toFixed(1)} ms, ratio ${r.ratio.toFixed(2)}`,
  },
  'terminal-render': {
    quick: ['--duration', '60'],
    summary: (r) =>
      `${r.realTime.toFixed(1)}x real time (target >= ${r.target.realTime}x), render ${(r.render.wallMs / 1000).toFixed(1)} s / ffmpeg alone ${(r.alone.wallMs / 1000).toFixed(1)} s = ${r.ratio.toFixed(2)}, peak RSS node ${(r.render.maxRssKb / 1024).toFixed(0)} MiB, ffmpeg ${((r.render.ffmpegHwmKb ?? NaN) / 1024).toFixed(0)} MiB (target < ${r.target.rssMib} MiB)`,
  },
};

const options = parseOptions(
  {
    only: { type: 'string', default: '', help: `comma-separated benchmarks to run, of: ${Object.keys(BENCHMARKS).join(', ')}` },
    quick: {
      type: 'boolean',
      default: false,
      help: 'smaller inputs (10 s recording, 20 tasks, 60 s terminal session): checks the benchmarks work, figures are not comparable',
    },
    check: { type: 'boolean', default: false, help: 'exit with 1 when a target is not met (a benchmark that fails always does)' },
    jsonDir: { type: 'string', default: '', help: "keep each benchmark's JSON results in this folder" },
  },
  { usage: 'node bench/run.mjs [options]\n\nRuns the Custodian benchmarks and summarises them. Each benchmark also runs alone: node bench/<name>.mjs --help' },
);

const names = options.only
  ? options.only
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)
  : Object.keys(BENCHMARKS);
for (const name of names)
  if (!BENCHMARKS[name]) {
    console.error(`unknown benchmark "${name}"; there are: ${Object.keys(BENCHMARKS).join(', ')}`);
    process.exit(2);
  }
try {
  requireBuiltServer();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const jsonDir = options.jsonDir ? path.resolve(options.jsonDir) : await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-bench-results-'));
await fsp.mkdir(jsonDir, { recursive: true });
let current = null;
const forward = (signal) => current?.kill(signal);
process.on('SIGINT', () => forward('SIGINT'));
process.on('SIGTERM', () => forward('SIGTERM'));

const results = [];
for (const name of names) {
  const jsonFile = path.join(jsonDir, `${name}.json`);
  const args = [path.join(import.meta.dirname, `${name}.mjs`), '--json', jsonFile, ...(options.quick ? BENCHMARKS[name].quick : [])];
  console.log(`\n$ node bench/${name}.mjs ${args.slice(1).join(' ')}`);
  const started = performance.now();
  current = spawn(process.execPath, args, { stdio: 'inherit' });
  const code = await new Promise((resolve) => current.on('exit', (c, signal) => resolve(c ?? signal)));
  current = null;
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    results.push({ name, ok: false, line: `FAILED (exit ${code}) after ${seconds.toFixed(0)} s` });
    if (code === 'SIGINT' || code === 130 || code === 'SIGTERM' || code === 143) break;
    continue;
  }
  const result = JSON.parse(await fsp.readFile(jsonFile, 'utf8'));
  results.push({
    name,
    ok: true,
    met: result.met,
    line: `${result.met ? 'MET    ' : 'NOT MET'} ${BENCHMARKS[name].summary(result)}  [${seconds.toFixed(0)} s]`,
  });
}
if (!options.jsonDir) await fsp.rm(jsonDir, { recursive: true, force: true });

console.log('\n== summary ==');
for (const r of results) console.log(`${r.name.padEnd(16)} ${r.line}`);
if (options.quick) console.log('(--quick: smaller inputs; the targets apply to the full run)');
const failed = results.some((r) => !r.ok) || results.length < names.length;
const missed = results.some((r) => r.ok && !r.met);
process.exit(failed ? 1 : options.check && missed ? 1 : 0);
