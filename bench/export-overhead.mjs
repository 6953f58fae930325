#!/usr/bin/env node
// What the task service adds to one export, compared with ffmpeg run alone with the same arguments.
//
//   node bench/export-overhead.mjs [--runs 2] [--duration 60] [--fps 10] [--container webm] ...
//
// (a) baseline: ffmpeg alone, spawned here with exactly the arguments the worker uses
//     (buildMp4Args from the compiled server), on the same imported source file;
// (b) the whole system: exportRecordings over GraphQL, one worker with one export slot, timed
//     from the mutation's response to the COMPLETED taskUpdated event on a graphql-ws socket.
// Runs alternate a, b, a, b... so that both see the same machine state.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { cleanupSignal, onCleanup, runMain } from './lib/cleanup.mjs';
import { provisionDatabase } from './lib/database.mjs';
import { EXPORT_MUTATION, exporterToken, gql, subscribeTaskEvents } from './lib/graphql.mjs';
import { describeMachine } from './lib/machine.mjs';
import { parseOptions } from './lib/options.mjs';
import { importDist } from './lib/paths.mjs';
import { ChildWatcher, cpuMs, machineCpuMs, memoryKb, watchProcess } from './lib/proc.mjs';
import { median, mib, ms, s } from './lib/stats.mjs';
import { startSystem } from './lib/system.mjs';

const TARGET_RATIO = 1.1;

const options = parseOptions(
  {
    runs: { type: 'number', default: 3, help: 'runs of each of (a) and (b), alternating a b a b ...' },
    warmup: { type: 'boolean', default: true, help: 'run ffmpeg once, untimed, before the series (the first run after generating the file is often slower)' },
    duration: { type: 'number', default: 60, help: 'length of the generated recording, seconds' },
    width: { type: 'number', default: 1920, help: 'frame width' },
    height: { type: 'number', default: 1080, help: 'frame height' },
    fps: { type: 'number', default: 10, help: 'frame rate of the recording (screen recorders capture 5-15)' },
    container: {
      type: 'string',
      default: 'webm',
      choices: ['webm', 'mkv', 'mp4', 'mov', 'avi'],
      help: 'source format: webm = VP8/Opus (browser capture), mkv = H.264/AAC (OBS), avi = MPEG-4/MP3',
    },
    audio: { type: 'boolean', default: true, help: 'give the recording an audio track' },
    json: { type: 'string', default: '', help: 'also write the results as JSON to this file' },
    echo: { type: 'boolean', default: false, help: 'show the output of the API and worker processes' },
  },
  { usage: 'node bench/export-overhead.mjs [options]\n\nTime of one export through Custodian (API + worker) against ffmpeg alone with the same arguments.' },
);

await runMain(async () => {
  if (!(options.runs >= 1)) throw new Error('--runs must be at least 1');
  const machine = await describeMachine();
  const { tools } = machine;
  console.log('== export overhead: the whole system against ffmpeg alone ==');
  for (const line of machine.lines) console.log(line);

  const database = await provisionDatabase();
  const system = await startSystem({ databaseUrl: database.databaseUrl, workers: 1, concurrency: 1, echo: options.echo });
  const worker = system.workers[0];

  // The recording: screen-like content (windows, text, a moving cursor) as a recorder writes it.
  const { makeScreenRecording } = await importDist('media/synthetic.js');
  const { buildMp4Args } = await importDist('media/transcode.js');
  const incoming = path.join(system.dataDir, 'incoming');
  const file = path.join(incoming, `session-${options.width}x${options.height}-${options.fps}fps.${options.container}`);
  let t = performance.now();
  await makeScreenRecording({
    ffmpegPath: tools.ffmpegPath,
    output: file,
    width: options.width,
    height: options.height,
    durationSeconds: options.duration,
    fps: options.fps,
    withAudio: options.audio,
    variant: 7,
    signal: cleanupSignal,
  });
  const sourceBytes = (await fsp.stat(file)).size;
  console.log(
    `recording: ${options.duration} s, ${options.width}x${options.height} at ${options.fps} fps, ${options.container}${options.audio ? ' with audio' : ', no audio'}, ${(sourceBytes / 2 ** 20).toFixed(1)} MiB (generated in ${s(performance.now() - t, 1)})`,
  );
  await fsp.writeFile(
    `${file}.json`,
    JSON.stringify({
      userName: 'jdoe',
      serverName: 'fin-app-01',
      clientName: 'LAPTOP-7',
      clientIp: '10.1.2.3',
      applications: ['Excel'],
      protocol: 'RDP',
      startedAt: '2026-11-20T09:00:00Z',
    }),
  );
  t = performance.now();
  const imported = await system.cli(['import', incoming]);
  if (imported.code !== 0) throw new Error(`import failed:\n${imported.output}`);
  console.log(`imported with the CLI in ${s(performance.now() - t, 1)}`);
  const [recording] = await system.sql('select id, source_location, has_audio, duration_seconds from recordings');
  const source = path.resolve(system.recordingsDir, recording.source_location);

  const token = await exporterToken(system.url);
  const events = await subscribeTaskEvents(system.url, token);
  const baselineDir = path.join(system.dataDir, 'baseline');
  await fsp.mkdir(baselineDir, { recursive: true });

  const alone = [];
  const whole = [];
  if (options.warmup) {
    const w = await runAlone(0);
    console.log(`  warm-up: ffmpeg alone           ${s(w.wallMs)}  (not counted)`);
    await settle();
  }
  for (let run = 1; run <= options.runs; run++) {
    alone.push(await runAlone(run));
    const a = alone.at(-1);
    console.log(
      `  (a) run ${run}: ffmpeg alone        ${s(a.wallMs)}  (ffmpeg CPU ${s(a.ffmpegCpuMs, 1)}, peak RSS ${mib(a.ffmpegHwmKb)}, output ${(a.outputBytes / 2 ** 20).toFixed(2)} MiB; ${loadNote(a)})`,
    );
    await settle();
    whole.push(await runSystem(run));
    const w = whole.at(-1);
    console.log(
      `  (b) run ${run}: whole system        ${s(w.wallMs)}  (pickup ${ms(w.pickupMs)}, ffmpeg ${s(w.ffmpegMs)}, after ffmpeg ${ms(w.afterFfmpegMs)}, ffmpeg CPU ${s(w.ffmpegCpuMs, 1)}, peak RSS ${mib(w.ffmpegHwmKb)}, output ${(w.outputBytes / 2 ** 20).toFixed(2)} MiB, ${w.progressEvents} progress events; ${loadNote(w)})`,
    );
    await settle();
  }

  const medAlone = median(alone.map((r) => r.wallMs));
  const medWhole = median(whole.map((r) => r.wallMs));
  const ratio = medWhole / medAlone;
  const workerMemory = memoryKb(worker.pid);
  const apiMemory = memoryKb(system.api.pid);
  const perRun = (key) => median(whole.map((r) => r[key]));

  console.log('\nresults');
  console.log(`  (a) ffmpeg alone, median of ${alone.length}:     ${s(medAlone)}   (${alone.map((r) => s(r.wallMs)).join(', ')})`);
  console.log(`  (b) whole system, median of ${whole.length}:     ${s(medWhole)}   (${whole.map((r) => s(r.wallMs)).join(', ')})`);
  console.log(
    `  ratio system / alone:             ${ratio.toFixed(3)}   (target <= ${TARGET_RATIO.toFixed(2)}: ${ratio <= TARGET_RATIO ? 'MET' : 'NOT MET'}); difference ${ms(medWhole - medAlone, 0)}`,
  );
  console.log(
    `  ffmpeg CPU time, medians:         alone ${s(median(alone.map((r) => r.ffmpegCpuMs)))}, under the worker ${s(median(whole.map((r) => r.ffmpegCpuMs)))}   (the same work: a wall-time gap with equal CPU is scheduling or outside load)`,
  );
  console.log(
    `  speed: ${(options.duration / (medAlone / 1000)).toFixed(2)}x real time alone, ${(options.duration / (medWhole / 1000)).toFixed(2)}x through the system`,
  );
  console.log('\nwhere the time of (b) goes (medians; times from the mutation response)');
  console.log(`  exportRecordings round trip:      ${ms(perRun('requestMs'))}   (before the clock starts)`);
  console.log(`  response -> IN_PROGRESS event:    ${ms(perRun('pickupMs'))}`);
  console.log(`  response -> ffmpeg seen running:  ${ms(perRun('ffmpegStartMs'))}   (sampled every 20 ms)`);
  console.log(`  ffmpeg running:                   ${s(perRun('ffmpegMs'))}   (alone: ${s(medAlone)})`);
  console.log(`  ffmpeg gone -> COMPLETED event:   ${ms(perRun('afterFfmpegMs'))}   of which, roughly (20 ms sampling):`);
  if (whole.every((r) => r.ffprobeSeen)) {
    console.log(`    hash + fsync + rename:          ${ms(perRun('finishFileMs'))}`);
    console.log(`    ffprobe of the output:          ${ms(perRun('ffprobeMs'))}`);
    console.log(`    commit, NOTIFY, API, event:     ${ms(perRun('afterProbeMs'))}`);
  } else {
    console.log('    (ffprobe ran too briefly to be sampled: hash + fsync + rename, ffprobe, commit, NOTIFY, event)');
  }
  console.log(`  worker CPU during the export:     ${ms(perRun('workerCpuMs'), 0)}   API CPU: ${ms(perRun('apiCpuMs'), 0)}`);
  console.log('\nmemory');
  console.log(`  ffmpeg peak RSS: alone ${mib(median(alone.map((r) => r.ffmpegHwmKb)))}, under the worker ${mib(median(whole.map((r) => r.ffmpegHwmKb)))}`);
  console.log(
    `  worker process: peak RSS (VmHWM) ${mib(workerMemory.hwm)}, now ${mib(workerMemory.rss)}; API process: peak ${mib(apiMemory.hwm)}, now ${mib(apiMemory.rss)}`,
  );

  if (options.json) {
    const result = {
      benchmark: 'export-overhead',
      date: new Date().toISOString(),
      machine: machine.lines,
      database: database.description,
      options,
      alone,
      whole,
      medianAloneMs: medAlone,
      medianSystemMs: medWhole,
      ratio,
      target: TARGET_RATIO,
      met: ratio <= TARGET_RATIO,
      workerMemoryKb: workerMemory,
      apiMemoryKb: apiMemory,
    };
    await fsp.writeFile(options.json, JSON.stringify(result, null, 2));
  }
  await events.dispose();
  return 0;

  /** (a): ffmpeg alone, with the worker's arguments, its progress output read and dropped. */
  async function runAlone(run) {
    const output = path.join(baselineDir, `run-${run}.mp4.partial`);
    const args = buildMp4Args({ input: source, output, hasAudio: recording.has_audio, metadata: { comment: `Custodian export ${randomUUID()}` } });
    const cpu = cpuMeter();
    const started = performance.now();
    const child = spawn(tools.ffmpegPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const unregister = onCleanup('stop the baseline ffmpeg', () => child.kill('SIGKILL'));
    const watch = watchProcess(child.pid);
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (c, signal) => resolve(c ?? signal));
    });
    const wallMs = performance.now() - started;
    const { hwmKb: ffmpegHwmKb, cpuMs: ffmpegCpuMs } = watch.stop();
    unregister();
    const cpuUse = cpu.read(ffmpegCpuMs);
    if (code !== 0) throw new Error(`ffmpeg alone exited with ${code}: ${stderr.slice(-2000)}`);
    const outputBytes = (await fsp.stat(output)).size;
    await fsp.rm(output, { force: true });
    return { run, wallMs, ffmpegHwmKb, ffmpegCpuMs, ...cpuUse, outputBytes };
  }

  /** (b): one export through GraphQL, the queue and the worker. */
  async function runSystem(run) {
    const watcher = new ChildWatcher(worker.pid, 20);
    const workerCpu0 = cpuMs(worker.pid);
    const apiCpu0 = cpuMs(system.api.pid);
    const cpu = cpuMeter();
    const sent = performance.now();
    const data = await gql(
      system.url,
      EXPORT_MUTATION,
      { input: { recordingIds: [recording.id], reason: `Benchmark export overhead, run ${run} of ${options.runs}` } },
      token,
    );
    const responded = performance.now();
    const taskId = data.exportRecordings.tasks[0].id;
    const finished = await events.waitFor((e) => e.id === taskId && ['COMPLETED', 'FAILED', 'CANCELLED'].includes(e.status), 600_000);
    watcher.sample();
    watcher.stop();
    if (finished.status !== 'COMPLETED') {
      const [row] = await system.sql('select error from export_tasks where id = $1', [taskId]);
      throw new Error(`export ${taskId} ended ${finished.status}: ${row?.error}`);
    }
    const inProgress = events.first(taskId, 'IN_PROGRESS');
    const ffmpeg = watcher.children('ffmpeg', sent).at(-1);
    const ffprobe = watcher.children('ffprobe', sent).at(-1);
    const workerCpuMs = cpuMs(worker.pid) - workerCpu0;
    const apiCpuMs = cpuMs(system.api.pid) - apiCpu0;
    const cpuUse = cpu.read((ffmpeg?.cpuMs ?? 0) + (ffprobe?.cpuMs ?? 0) + workerCpuMs + apiCpuMs);
    const [row] = await system.sql('select output_size_bytes from export_tasks where id = $1', [taskId]);
    return {
      run,
      taskId,
      wallMs: finished.at - responded,
      requestMs: responded - sent,
      pickupMs: inProgress ? inProgress.at - responded : NaN,
      ffmpegStartMs: ffmpeg ? ffmpeg.firstSeen - responded : NaN,
      ffmpegMs: ffmpeg ? ffmpeg.lastSeen - ffmpeg.firstSeen : NaN,
      afterFfmpegMs: ffmpeg ? finished.at - ffmpeg.lastSeen : NaN,
      ffprobeSeen: Boolean(ffprobe),
      // From ffmpeg's end to ffprobe's start: the output is hashed, synced and renamed.
      finishFileMs: ffmpeg && ffprobe ? ffprobe.firstSeen - ffmpeg.lastSeen : NaN,
      ffprobeMs: ffprobe ? ffprobe.lastSeen - ffprobe.firstSeen : NaN,
      afterProbeMs: ffprobe ? finished.at - ffprobe.lastSeen : NaN,
      ffmpegHwmKb: ffmpeg?.hwmKb,
      progressEvents: events.events.filter((e) => e.id === taskId && e.status === 'IN_PROGRESS').length,
      ffmpegCpuMs: ffmpeg?.cpuMs,
      workerCpuMs,
      apiCpuMs,
      ...cpuUse,
      outputBytes: Number(row.output_size_bytes),
    };
  }
});

/**
 * CPU used on the whole machine while a run lasts, less what the measured processes used
 * (`ownMs`) and this benchmark process: the load of anything else, which makes a run slower
 * and is printed so that a disturbed run can be recognised. Steal is CPU the hypervisor withheld.
 */
function cpuMeter() {
  const machine0 = machineCpuMs();
  const self0 = process.cpuUsage();
  return {
    read(ownMs) {
      const machine1 = machineCpuMs();
      if (!machine0 || !machine1 || !Number.isFinite(ownMs)) return { otherCpuMs: NaN, stealMs: NaN };
      const self = process.cpuUsage(self0);
      const selfMs = (self.user + self.system) / 1000;
      return { otherCpuMs: Math.max(0, machine1.busy - machine0.busy - ownMs - selfMs), stealMs: machine1.steal - machine0.steal };
    },
  };
}

function loadNote(r) {
  return `other load ${s(r.otherCpuMs, 1)} CPU, steal ${s(r.stealMs, 1)}`;
}

/** A short pause between runs, so that one run's tail (progress writes, fsync) is not in the next. */
function settle() {
  return new Promise((r) => setTimeout(r, 1500));
}
