#!/usr/bin/env node
// How fast a terminal recording becomes MP4, against ffmpeg alone encoding the same frames.
//
//   node bench/terminal-render.mjs [--duration 600] [--cols 140 --rows 40 --font-size 14] [--profile]
//
// 1. generates a dense SSH session (full-screen programs, fast scrolling, colour) with the
//    session generator;
// 2. (render) renders it with renderTerminalToMp4, as an export does, in a child process: wall
//    time, the renderer's own split (emulation, drawing, time blocked on ffmpeg), peak RSS of the
//    Node process and of ffmpeg;
// 3. (frames only) replays it again without ffmpeg, keeping a pool of rendered frames spread over
//    the session;
// 4. (ffmpeg alone) feeds ffmpeg, with exactly the export's arguments (buildTerminalMp4Args), a
//    Matroska stream of as many frames as (render) sent, with the same timestamps, cycling
//    through the pool: the encoding cost, the floor of the whole.
import { fork, spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanupSignal, onCleanup, runMain } from './lib/cleanup.mjs';
import { describeMachine } from './lib/machine.mjs';
import { parseOptions } from './lib/options.mjs';
import { importDist } from './lib/paths.mjs';
import { machineCpuMs, watchProcess } from './lib/proc.mjs';
import { mib, s } from './lib/stats.mjs';

const TARGET_REAL_TIME = 20;
const TARGET_RSS_MIB = 400;

const options = parseOptions(
  {
    duration: { type: 'number', default: 600, help: 'length of the generated session, seconds' },
    cols: { type: 'number', default: 140, help: 'terminal width, columns' },
    rows: { type: 'number', default: 40, help: 'terminal height, rows' },
    fontSize: { type: 'number', default: 14, help: 'font size, pixels (140x40 at 14 px is about 1200x700)' },
    fps: { type: 'number', default: 30, help: 'export frame rate (upper bound; an unchanged screen adds no frame)' },
    seed: { type: 'number', default: 2026, help: 'seed of the generated session' },
    intensity: { type: 'string', default: 'dense', choices: ['dense', 'normal'], help: 'dense: more full-screen programs and fast scrolling' },
    pool: { type: 'number', default: 120, help: 'rendered frames kept for the ffmpeg-alone run (cycled), spread over the session (3.5 MB each at 1278x698)' },
    runLength: { type: 'number', default: 30, help: 'the pool is made of runs of this many consecutive frames' },
    profile: { type: 'boolean', default: false, help: 'run the render with node --cpu-prof and print the functions that take the most time' },
    json: { type: 'string', default: '', help: 'also write the results as JSON to this file' },
  },
  { usage: 'node bench/terminal-render.mjs [options]\n\nRender + encode time of a terminal recording to MP4, against ffmpeg alone encoding the same frames.' },
);

await runMain(async () => {
  const machine = await describeMachine();
  const { tools } = machine;
  console.log('== terminal render: asciicast to MP4 ==');
  for (const line of machine.lines) console.log(line);

  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-bench-terminal-'));
  onCleanup('temporary folder', () => fsp.rm(work, { recursive: true, force: true }));
  const { writeTerminalSession } = await importDist('terminal/synthetic/index.js');
  const { summarizeAsciicast, readAsciicast } = await importDist('terminal/asciicast/index.js');

  // 1. The session.
  const input = path.join(work, 'session.cast');
  let t = performance.now();
  const generated = await writeTerminalSession(input, {
    seed: options.seed,
    durationSeconds: options.duration,
    cols: options.cols,
    rows: options.rows,
    intensity: options.intensity,
  });
  const generateMs = performance.now() - t;
  const summary = await summarizeAsciicast(input);
  const inputBytes = (await fsp.stat(input)).size;
  console.log(
    `session: ${options.intensity}, ${summary.durationSeconds.toFixed(1)} s, ${summary.header.cols}x${summary.header.rows} (largest ${summary.maxCols}x${summary.maxRows}), ${generated.events} events, ${(generated.outputChars / 2 ** 20).toFixed(1)} Mi characters of output, ${(inputBytes / 2 ** 20).toFixed(1)} MiB asciicast v2 (generated in ${s(generateMs)})`,
  );
  const render = { frameRate: options.fps, idleTimeLimit: null, fontSize: options.fontSize };

  // 2. The export's render + encode, in a child process.
  const profileDir = path.join(work, 'profile');
  const exported = await renderInChild(
    {
      ffmpegPath: tools.ffmpegPath,
      input,
      output: path.join(work, 'export.mp4'),
      maxCols: summary.maxCols,
      maxRows: summary.maxRows,
      durationSeconds: summary.durationSeconds,
      render,
    },
    options.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
  );
  const st = exported.stats;
  const realTime = summary.durationSeconds / (exported.wallMs / 1000);
  console.log(
    `output: ${exported.width}x${exported.height} at up to ${options.fps} fps, font ${options.fontSize} px, ${(exported.sizeBytes / 2 ** 20).toFixed(1)} MiB MP4`,
  );
  console.log('\n(render) renderTerminalToMp4, as an export runs it');
  console.log(`  render + encode wall time:        ${s(exported.wallMs)}   = ${realTime.toFixed(1)}x real time (target >= ${TARGET_REAL_TIME}x)`);
  console.log(
    `  frames: ${st.framesDrawn} drawn, ${st.framesSent} sent, ${st.eventsProcessed} events; ${(st.framesDrawn / (exported.wallMs / 1000)).toFixed(0)} frames drawn per second`,
  );
  const share = (v) => `${s(v)} (${((v / exported.wallMs) * 100).toFixed(0)}%)`;
  const otherMs = exported.wallMs - st.emulationMs - st.drawMs - st.sinkMs;
  console.log(`  emulation (xterm.js):             ${share(st.emulationMs)}`);
  console.log(`  drawing frames:                   ${share(st.drawMs)}`);
  console.log(`  blocked on ffmpeg (sink):         ${share(st.sinkMs)}   (writing frames to the pipe and waiting for ffmpeg to take them)`);
  console.log(`  other (reading and parsing the file, start, finishing): ${share(otherMs)}`);
  console.log(`  CPU: Node ${s(exported.cpuMs)}, ffmpeg ${s(exported.ffmpegCpuMs)} (sampled every 100 ms)`);
  console.log(
    `  other load: ${s(exported.otherCpuMs)} of CPU used by other processes meanwhile (${(exported.otherCpuMs / exported.wallMs).toFixed(2)} cores), steal ${s(exported.stealMs)}; figures on a busy machine are slower than the machine can do`,
  );
  console.log(
    `  peak RSS: Node ${mib(exported.maxRssKb)} (resourceUsage().maxRSS; VmHWM seen from outside ${mib(exported.outsideHwmKb)}), ffmpeg ${mib(exported.ffmpegHwmKb)} (VmHWM)`,
  );

  // 3. The same replay without ffmpeg, keeping a pool of frames.
  const { TerminalRenderer } = await importDist('terminal/render/terminal-renderer.js');
  // Runs of consecutive frames, spread over the session: neighbouring frames differ as little
  // as in the real stream (a pool of single frames far apart made every frame a scene change
  // for the encoder, and ffmpeg alone 50% slower than inside the export).
  const runLength = Math.max(1, Math.min(options.runLength, options.pool));
  const runs = Math.max(1, Math.ceil(options.pool / runLength));
  const runEvery = Math.max(runLength, Math.floor(st.framesSent / runs));
  const pool = [];
  const times = [];
  t = performance.now();
  {
    const cast = await readAsciicast(input);
    const renderer = new TerminalRenderer(cast.header, summary, render);
    await renderer.render({
      events: cast.events,
      durationSeconds: summary.durationSeconds,
      signal: cleanupSignal,
      sink: (timeMs, frame) => {
        // The frames exactly as the export sends them to ffmpeg (YUV 4:2:0).
        if (times.length % runEvery < runLength && pool.length < options.pool) pool.push(Buffer.from(frame.yuv420));
        times.push(timeMs);
      },
    });
  }
  const framesOnlyMs = performance.now() - t;
  console.log('\n(frames only) the same replay and drawing, no ffmpeg');
  console.log(
    `  wall time:                        ${s(framesOnlyMs)}   = ${(summary.durationSeconds / (framesOnlyMs / 1000)).toFixed(1)}x real time; ${times.length} frames (the render sent ${st.framesSent})`,
  );

  // 4. ffmpeg alone on the same number of real frames with the same timestamps.
  const { buildTerminalMp4Args } = await importDist('terminal/render-to-mp4.js');
  const { MkvWriter } = await importDist('media/mkv-writer.js');
  const args = buildTerminalMp4Args({ output: path.join(work, 'alone.mp4'), frameRate: options.fps });
  const alone = await encodeAlone(tools.ffmpegPath, args, new MkvWriter({ width: exported.width, height: exported.height, fourcc: 'I420' }), pool, times);
  console.log(
    `\n(ffmpeg alone) the export's ffmpeg arguments, fed ${times.length} frames with the render's timestamps, cycling through a pool of ${pool.length} rendered frames (${runs} runs of ${runLength} consecutive frames, one every ${runEvery} frames)`,
  );
  console.log(
    `  wall time:                        ${s(alone.wallMs)}   = ${(summary.durationSeconds / (alone.wallMs / 1000)).toFixed(1)}x real time; ffmpeg CPU ${s(alone.cpuMs)}, peak RSS ${mib(alone.hwmKb)}`,
  );

  pool.length = 0;

  const ratio = exported.wallMs / alone.wallMs;
  const rssMet = exported.maxRssKb / 1024 < TARGET_RSS_MIB && (exported.ffmpegHwmKb ?? 0) / 1024 < TARGET_RSS_MIB;
  const met = realTime >= TARGET_REAL_TIME && rssMet;
  console.log('\nresults');
  console.log(`  render + encode / ffmpeg alone:   ${s(exported.wallMs)} / ${s(alone.wallMs)} = ${ratio.toFixed(2)}`);
  console.log(
    `  speed:                            ${realTime.toFixed(1)}x real time (target >= ${TARGET_REAL_TIME}x: ${realTime >= TARGET_REAL_TIME ? 'MET' : 'NOT MET'}); ffmpeg alone allows at most ${(summary.durationSeconds / (alone.wallMs / 1000)).toFixed(1)}x`,
  );
  console.log(
    `  peak RSS:                         Node ${mib(exported.maxRssKb)}, ffmpeg ${mib(exported.ffmpegHwmKb)} (target < ${TARGET_RSS_MIB} MiB each: ${rssMet ? 'MET' : 'NOT MET'})`,
  );

  let hotspots = [];
  if (options.profile) {
    hotspots = await readProfile(profileDir);
    console.log('\nwhere the render process spends its time (node --cpu-prof, self time, top 20)');
    for (const h of hotspots) console.log(`  ${h.ms.toFixed(0).padStart(7)} ms ${h.share.toFixed(1).padStart(5)}%  ${h.name}  ${h.where}`);
  }

  if (options.json) {
    await fsp.writeFile(
      options.json,
      JSON.stringify(
        {
          benchmark: 'terminal-render',
          date: new Date().toISOString(),
          machine: machine.lines,
          options,
          session: { durationSeconds: summary.durationSeconds, events: generated.events, bytes: inputBytes, generateMs },
          render: exported,
          framesOnlyMs,
          alone,
          ratio,
          realTime,
          target: { realTime: TARGET_REAL_TIME, rssMib: TARGET_RSS_MIB },
          met,
          hotspots,
        },
        null,
        2,
      ),
    );
  }
  return 0;
});

/** Runs lib/terminal-render-child.mjs and returns its message, with its VmHWM seen from here. */
async function renderInChild(job, execArgv) {
  const child = fork(path.join(import.meta.dirname, 'lib', 'terminal-render-child.mjs'), [JSON.stringify(job)], {
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const unregister = onCleanup('render process', () => child.kill('SIGKILL'));
  const watch = watchProcess(child.pid, 20);
  const machineBefore = machineCpuMs();
  let message;
  child.on('message', (m) => (message = m));
  const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? signal)));
  const outside = watch.stop();
  const machineAfter = machineCpuMs();
  unregister();
  if (!message?.ok) throw new Error(`the render process failed (exit ${code}): ${message?.error ?? 'no answer'}`);
  // CPU used meanwhile by anything but the render process and its ffmpeg: other people's work.
  const otherCpuMs = machineBefore && machineAfter ? machineAfter.busy - machineBefore.busy - message.cpuMs - (message.ffmpegCpuMs ?? 0) : undefined;
  const stealMs = machineBefore && machineAfter ? machineAfter.steal - machineBefore.steal : undefined;
  return { ...message, outsideHwmKb: outside.hwmKb, otherCpuMs, stealMs };
}

/** ffmpeg with the given arguments, fed the timestamped frames from stdin as fast as it takes them. */
async function encodeAlone(ffmpegPath, args, mkv, pool, times) {
  const started = performance.now();
  const child = spawn(ffmpegPath, args, { stdio: ['pipe', 'ignore', 'pipe'] });
  const unregister = onCleanup('ffmpeg', () => child.kill('SIGKILL'));
  const watch = watchProcess(child.pid, 20);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  const stdin = child.stdin;
  stdin.on('error', () => undefined);
  const waitDrain = () =>
    new Promise((resolve) => {
      const done = () => {
        stdin.off('drain', done);
        stdin.off('close', done);
        resolve();
      };
      stdin.on('drain', done);
      stdin.on('close', done);
    });
  stdin.write(mkv.header());
  for (let i = 0; i < times.length && !stdin.destroyed; i++) {
    const frame = pool[i % pool.length];
    stdin.write(mkv.frameHeader(times[i], frame.length));
    // A copy, as the export writes one: the same memory traffic on the feeding side.
    if (!stdin.write(Buffer.from(frame))) await waitDrain();
  }
  stdin.end();
  const code = await exited;
  const wallMs = performance.now() - started;
  const usage = watch.stop();
  unregister();
  if (code !== 0) throw new Error(`ffmpeg alone failed (exit ${code}): ${stderr.trim()}`);
  return { wallMs, cpuMs: usage.cpuMs, hwmKb: usage.hwmKb };
}

/** Self time per function from the .cpuprofile files written by --cpu-prof. */
async function readProfile(dir) {
  const files = (await fsp.readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  const self = new Map();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(await fsp.readFile(path.join(dir, file), 'utf8'));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const deltas = profile.timeDeltas;
    for (let i = 0; i < profile.samples.length; i++) {
      const node = byId.get(profile.samples[i]);
      const dt = (deltas[i + 1] ?? 0) / 1000;
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url ? `${url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules|dist)\//, '$1/')}:${lineNumber + 1}` : '';
      const key = `${functionName || '(anonymous)'}\t${where}`;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    }
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([key, ms]) => {
      const [name, where] = key.split('\t');
      return { name, where, ms, share: (ms / total) * 100 };
    });
}
