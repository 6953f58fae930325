#!/usr/bin/env node
// A long screen recording exported in segments by 1, 2 and 4 task services, against the same
// recording exported whole by one task service, in the same run.
//
//   flock /tmp/custodian-heavy.lock node bench/parallel-export.mjs [--minutes 30] [--segment-seconds 300] [--workers 1,2,4] [--rounds 3]
//
// Input: one recording made by the media layer's generator (makeScreenRecording, the `quiet`
// scene: a desktop that is mostly still, with typing, a blinking text cursor, a dialog, one
// scroll, then idle), 1920x1080 at 30 frames a second, H.264 in Matroska with a keyframe every
// 5 s, as OBS writes a screen recording by default (30 fps is OBS's default frame rate, and the
// rate bench/screen-content.mjs uses, so the two compare). It is imported with the CLI into a
// fresh database and data folder for each configuration, and exported through the API
// (exportRecordings, then the taskUpdated subscription until COMPLETED).
//
// Configurations, each a whole system of its own (API and worker processes from server/dist),
// every ffmpeg limited to --threads (1) threads (CUSTODIAN_FFMPEG_THREADS), as if each task
// service were a small machine of its own, and one export slot per task service:
// - baseline: 1 task service, segments off (CUSTODIAN_EXPORT_SEGMENT_SECONDS=0): one ffmpeg;
// - for each count in --workers: that many task services with segments of --segment-seconds.
//   With 1 it is the cost of splitting and joining with nobody to share the segments with.
// The configurations run in turn, --rounds (3) times: the machine's speed drifts by 10-20% over
// minutes (a virtual machine on a shared host, with no steal time to show it), so the summary
// gives the median of each and the speed-up of the medians, with every round's own speed-up
// (against that round's baseline) beside it.
//
// Measured for each: wall time from sending exportRecordings to the COMPLETED event, speed-up
// (baseline wall / this wall), the segments and the task service that encoded each (from the
// signed manifest), the output's duration against the source's (must be within 0.2 s) and size.
// Where the time goes, from the worker logs (text lines with millisecond times), the task and
// segment rows, and every ffmpeg/ffprobe child of the workers, sampled from /proc every 100 ms
// (kind, lifetime, CPU time): the split (claim to segments laid out: listing the keyframes with
// ffprobe, writing the rows), the encoding, and the join.
//
// The join's cost, two ways:
// - in the system: the last segment's completion (export_segments.updated_at, written when its
//   MP4 is stored and hashed) to the task's finished_at. That covers the coordinator noticing
//   (it looks every 0.5 s while others encode), the join itself, hashing, probing and signing
//   the manifest; the join's own ffmpeg is also timed from /proc;
// - directly: the segment MP4s are kept as they appear (hard links: the system removes them
//   after the join), checked against the manifest's SHA-256s, and joined again --join-runs times
//   with the manifest's own join arguments (only the list and output paths changed) and a concat
//   list made by the system's concatList: median wall and CPU time of ffmpeg alone.
//
// CPU: the machine's busy time (/proc/stat) over each export, as a share of all cores, and the
// CPU time of the ffmpeg runs. Each ffmpeg uses one thread, so the machine's core count bounds
// the speed-up: on 2 cores, 4 task services cannot go beyond about 2x. "Other" CPU is what
// neither the bench's processes nor their ffmpeg used (PostgreSQL, and anything else running);
// above 5% the run is flagged. The ceiling itself is measured at the start of every round
// ("capacity"): the same range of the recording exported by one ffmpeg alone, then by 2 and 4
// at once; n x (wall alone) / (wall of n at once) is what n encoders can get out of the machine.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanupSignal, onCleanup, runMain } from './lib/cleanup.mjs';
import { provisionDatabase } from './lib/database.mjs';
import { EXPORT_MUTATION, exporterToken, gql, subscribeTaskEvents } from './lib/graphql.mjs';
import { describeMachine } from './lib/machine.mjs';
import { parseOptions } from './lib/options.mjs';
import { importDist } from './lib/paths.mjs';
import { childrenOf, commandName, cpuMs, machineCpuMs } from './lib/proc.mjs';
import { median } from './lib/stats.mjs';
import { startSystem } from './lib/system.mjs';

const FINAL = ['COMPLETED', 'FAILED', 'CANCELLED'];
const DURATION_TOLERANCE_SECONDS = 0.2;
/** Above this share of the machine used by other processes during an export, its figures are flagged. */
const OTHER_CPU_WARNING = 0.05;
const MANIFEST_QUERY = 'query($id: ID!) { exportTask(id: $id) { id status outputDurationSeconds manifest { content } } }';

const options = parseOptions(
  {
    minutes: { type: 'number', default: 30, help: 'length of the screen recording, minutes' },
    segmentSeconds: { type: 'number', default: 300, help: 'CUSTODIAN_EXPORT_SEGMENT_SECONDS of the segmented configurations' },
    workers: { type: 'string', default: '1,2,4', help: 'task service counts of the segmented configurations, comma-separated' },
    threads: { type: 'number', default: 1, help: "CUSTODIAN_FFMPEG_THREADS: each ffmpeg's threads" },
    width: { type: 'number', default: 1920, help: 'screen recording width' },
    height: { type: 'number', default: 1080, help: 'screen recording height' },
    fps: { type: 'number', default: 30, help: "screen recording frame rate (OBS's default)" },
    audio: { type: 'boolean', default: false, help: 'give the recording an audio track (remote desktop recordings mostly have none)' },
    source: { type: 'string', default: '', help: 'export this recording instead of generating one (one kept with --save-source, for a re-run)' },
    saveSource: { type: 'string', default: '', help: 'also copy the generated recording to this file' },
    rounds: { type: 'number', default: 3, help: 'rounds of every configuration in turn; the summary takes medians' },
    capacitySeconds: {
      type: 'number',
      default: 120,
      help: 'seconds of the recording each encoder of the capacity measurement exports, alone and n at once (0: skip)',
    },
    joinRuns: { type: 'number', default: 3, help: 'direct runs of the join on the kept segment files (0: skip)' },
    taskTimeout: { type: 'number', default: 240, help: 'minutes to wait for one export' },
    json: { type: 'string', default: '', help: 'also write the results as JSON to this file' },
    echo: { type: 'boolean', default: false, help: 'show the output of the API and worker processes' },
  },
  {
    usage:
      'flock /tmp/custodian-heavy.lock node bench/parallel-export.mjs [options]\n\nA long screen recording exported in segments by several task services, against one task service exporting it whole.',
  },
);

async function main() {
  const workerCounts = options.workers
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean)
    .map(Number);
  if (!workerCounts.length || workerCounts.some((w) => !Number.isInteger(w) || w < 1 || w > 16))
    throw new Error('--workers must list whole numbers from 1 to 16');
  if (!(options.minutes > 0 && options.minutes <= 240)) throw new Error('--minutes must be more than 0 and at most 240');
  if (!(Number.isInteger(options.segmentSeconds) && options.segmentSeconds >= 1)) throw new Error('--segment-seconds must be a whole number of at least 1');
  if (!(Number.isInteger(options.rounds) && options.rounds >= 1)) throw new Error('--rounds must be a whole number of at least 1');
  if (!(Number.isInteger(options.threads) && options.threads >= 0)) throw new Error('--threads must be a whole number (0: ffmpeg decides)');

  const machine = await describeMachine();
  const { tools } = machine;
  const cores = os.availableParallelism();
  console.log('== parallel export: one long screen recording, whole and in segments over several task services ==');
  for (const line of machine.lines) console.log(line);
  console.log(`load average before the run: ${loadAverage()}`);
  if (Math.max(...workerCounts) * Math.max(1, options.threads) > cores) {
    console.log(
      `note: ${cores} cores here. With ${options.threads || 'all'} thread(s) per ffmpeg, at most ${cores} ffmpeg runs get a core at once: ` +
        `more task services than that share the cores, so the speed-up stops near ${cores}x (and below it: the split, the join and an uneven last round of segments are not shared).`,
    );
  }

  const { makeScreenRecording } = await importDist('media/synthetic.js');
  const { probeMedia, keyframeTimes } = await importDist('media/probe.js');
  const { concatList } = await importDist('media/join-segments.js');
  const { planSegments } = await importDist('media/segment-plan.js');
  const { buildMp4Args } = await importDist('media/transcode.js');

  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-bench-parallel-'));
  onCleanup(`remove ${work}`, () => fsp.rm(work, { recursive: true, force: true }));
  const incoming = path.join(work, 'incoming');
  const source = path.join(incoming, 'long-screen-recording.mkv');
  const durationSeconds = Math.round(options.minutes * 60);
  let t = performance.now();
  if (options.source) {
    await fsp.mkdir(incoming, { recursive: true });
    await fsp.copyFile(options.source, source);
  } else {
    await makeScreenRecording({
      ffmpegPath: tools.ffmpegPath,
      output: source,
      width: options.width,
      height: options.height,
      durationSeconds,
      fps: options.fps,
      withAudio: options.audio,
      scene: 'quiet',
      signal: cleanupSignal,
    });
    if (options.saveSource) await fsp.copyFile(source, options.saveSource);
  }
  await fsp.writeFile(`${source}.json`, JSON.stringify({ userName: 'long-session', serverName: 'rdp-01', protocol: 'RDP', startedAt: '2026-11-20T09:00:00Z' }));
  const generatedMs = performance.now() - t;
  const sourceInfo = await probeMedia(tools.ffprobePath, source);
  const sourceSize = (await fsp.stat(source)).size;
  const keyframes = await keyframeTimes(tools.ffprobePath, source);
  const plan = planSegments(sourceInfo.durationSeconds, keyframes, options.segmentSeconds);
  console.log(
    `recording: ${sourceInfo.width}x${sourceInfo.height}${options.source ? '' : ` at ${options.fps} fps, quiet screen scene`}, ${sourceInfo.durationSeconds.toFixed(3)} s, ${sourceInfo.videoCodec} in ${sourceInfo.container}${sourceInfo.hasAudio ? ` with ${sourceInfo.audioCodec} audio` : ', no audio'}, ` +
      `${mb(sourceSize)}, ${keyframes.length} keyframes (${(sourceInfo.durationSeconds / Math.max(1, keyframes.length)).toFixed(1)} s apart); ${options.source ? `from ${options.source}` : `generated in ${sec(generatedMs)}`}`,
  );
  console.log(
    `segment plan at ${options.segmentSeconds} s: ${plan.length} segment(s): ${plan.map((p) => `${p.startSeconds.toFixed(1)}-${p.endSeconds.toFixed(1)}`).join(', ')}`,
  );

  if (plan.length < 2) {
    throw new Error(
      `a ${sourceInfo.durationSeconds.toFixed(0)} s recording is exported whole with segments of ${options.segmentSeconds} s (it must be at least 1.5 segments long, with keyframes to cut on): give a shorter --segment-seconds or more --minutes`,
    );
  }
  const configurations = [
    { label: 'baseline: 1 task service, whole', workers: 1, segmentSeconds: 0 },
    ...workerCounts.map((w) => ({ label: `${w} task service${w > 1 ? 's' : ''}, segments`, workers: w, segmentSeconds: options.segmentSeconds })),
  ];
  // Rounds, each with every configuration in turn: the machine's speed drifts over minutes (it is
  // a virtual machine on a shared host), so each configuration is measured in every round and the
  // medians are compared, as well as each round's speed-ups against that round's baseline.
  const results = [];
  const capacities = [];
  for (let round = 1; round <= options.rounds; round++) {
    if (options.rounds > 1) console.log(`\n==== round ${round} of ${options.rounds} ====`);
    // What the machine gives n one-thread encoders at once, against one alone: the ceiling of the
    // speed-up before the split, the join and the packing of segments take their share.
    capacities.push(...(await measureCapacity()).map((c) => ({ ...c, round })));
    let baseline = null;
    for (const configuration of configurations) {
      console.log(`\n-- ${configuration.label}${options.rounds > 1 ? `, round ${round}` : ''} --`);
      const result = { round, ...(await runConfiguration(configuration)) };
      baseline ??= result;
      result.speedUp = baseline.wallMs / result.wallMs;
      results.push(result);
      printConfiguration(result);
    }
  }
  const summary = configurations.map((c) => summarize(c, results));
  for (const row of summary) row.speedUp = summary[0].wallMs / row.wallMs;
  const capacity = [...new Set(capacities.map((c) => c.n))].map((n) => {
    const rows = capacities.filter((c) => c.n === n);
    return {
      n,
      throughput: median(rows.map((c) => c.throughput)),
      throughputs: rows.map((c) => c.throughput),
      cpuPerRunRatio: median(rows.map((c) => c.cpuPerRunRatio)),
    };
  });

  const problems = results.flatMap((r) => r.problems.map((p) => `${r.label}, round ${r.round}: ${p}`));
  const busy = results.filter((r) => r.cpu.otherShare > OTHER_CPU_WARNING);
  console.log('\n== summary ==');
  console.log(
    `${cores} cores; every ffmpeg on ${options.threads || 'all'} thread(s); one export slot per task service; recording ${sourceInfo.width}x${sourceInfo.height}${options.source ? '' : ` ${options.fps} fps`}, ${(sourceInfo.durationSeconds / 60).toFixed(1)} min, ${mb(sourceSize)}; segments of ${options.segmentSeconds} s; ${options.rounds} round(s), medians`,
  );
  for (const line of summaryTable(summary)) console.log(line);
  if (capacity.length > 1)
    console.log(
      `capacity (same run, median of ${options.rounds}): ${capacity
        .slice(1)
        .map(
          (c) =>
            `${c.n} one-thread ffmpeg at once do ${c.throughput.toFixed(2)}x the work of one (${c.throughputs.map((x) => x.toFixed(2)).join(', ')}; CPU per run ${c.cpuPerRunRatio.toFixed(2)}x)`,
        )
        .join('; ')}`,
    );
  const best = summary.slice(1).reduce((a, b) => (b.speedUp > (a?.speedUp ?? 0) ? b : a), null);
  if (best) {
    const most = summary.at(-1);
    console.log(
      `\nbest speed-up ${best.speedUp.toFixed(2)}x with ${best.workers} task service(s). The ${cores} cores bound it at ${cores}x` +
        `${
          capacity.length > 1
            ? `, and measured lower: ${capacity
                .map((c) => `${c.n} encoders at once get ${c.throughput.toFixed(2)}x`)
                .slice(1)
                .join(', ')}`
            : ''
        }. ` +
        `With ${most.workers} task services ffmpeg used ${most.ffmpegCores.toFixed(2)} cores on average and the machine was ${pct(most.encodingBusyShare)} busy while encoding: there is no core left for more.`,
    );
  }
  console.log(`load average after the run: ${loadAverage()}`);
  for (const r of busy)
    console.log(
      `WARNING: other processes used ${pct(r.cpu.otherShare)} of the machine during "${r.label}" (round ${r.round}): its figures are not those of an otherwise idle machine; run again when it is.`,
    );
  if (problems.length) {
    console.log('\nPROBLEMS:');
    for (const p of problems) console.log(`  ${p}`);
  }

  if (options.json) {
    await fsp.writeFile(
      options.json,
      JSON.stringify(
        {
          benchmark: 'parallel-export',
          date: new Date().toISOString(),
          machine: machine.lines,
          cores,
          options,
          source: { durationSeconds: sourceInfo.durationSeconds, sizeBytes: sourceSize, keyframes: keyframes.length, generatedMs },
          plan,
          capacity,
          capacities,
          summary,
          results,
          problems,
          busyMachine: busy.map((r) => ({ label: r.label, round: r.round, otherShare: r.cpu.otherShare })),
        },
        null,
        2,
      ),
    );
  }
  return problems.length ? 1 : 0;

  /**
   * The same range of the recording (from the second segment's start, a keyframe) exported with
   * the export's own arguments by 1 ffmpeg, then by n at once for each n of --workers above 1:
   * throughput = n x (wall alone) / (wall of n at once); CPU per run against alone.
   */
  async function measureCapacity() {
    if (!(options.capacitySeconds > 0)) return [];
    const start = plan[1].startSeconds;
    const length = Math.min(options.capacitySeconds, plan[1].endSeconds - start);
    const counts = [1, ...new Set(workerCounts.filter((n) => n > 1))];
    console.log(
      `\ncapacity: ${length.toFixed(0)} s of the recording from ${start.toFixed(1)} s, exported with the export's arguments (${options.threads || 'all'} thread(s)) by 1 ffmpeg, then by ${counts.slice(1).join(', ')} at once`,
    );
    const rows = [];
    for (const n of counts) {
      const runs = await Promise.all(
        [...Array(n).keys()].map((i) =>
          timed(
            tools.ffmpegPath,
            buildMp4Args({
              input: source,
              output: path.join(work, `capacity-${n}-${i}.mp4`),
              hasAudio: sourceInfo.hasAudio,
              skipUnchangedFrames: true,
              durationSeconds: length,
              range: { startSeconds: start, endSeconds: start + length },
              threads: options.threads || undefined,
            }),
          ),
        ),
      );
      const wallMs = Math.max(...runs.map((r) => r.wallMs));
      const cpuPerRunMs = runs.reduce((sum, r) => sum + r.cpuMs, 0) / n;
      const alone = rows[0] ?? { wallMs, cpuPerRunMs };
      const row = { n, wallMs, cpuPerRunMs, throughput: (n * alone.wallMs) / wallMs, cpuPerRunRatio: cpuPerRunMs / alone.cpuPerRunMs };
      rows.push(row);
      console.log(
        `  ${n} at once: ${sec(wallMs)} wall, ${sec(cpuPerRunMs)} CPU each; throughput ${row.throughput.toFixed(2)}x one alone, CPU per run ${row.cpuPerRunRatio.toFixed(2)}x`,
      );
      for (let i = 0; i < n; i++) await fsp.rm(path.join(work, `capacity-${n}-${i}.mp4`), { force: true });
    }
    return rows;
  }

  /** One configuration on a system of its own: import, export, read back what happened. */
  async function runConfiguration(configuration) {
    const database = await provisionDatabase(() => undefined);
    const system = await startSystem({
      databaseUrl: database.databaseUrl,
      workers: configuration.workers,
      concurrency: 1,
      env: {
        CUSTODIAN_EXPORT_SEGMENT_SECONDS: String(configuration.segmentSeconds),
        CUSTODIAN_FFMPEG_THREADS: String(options.threads),
        CUSTODIAN_LOG_FORMAT: 'text',
      },
      echo: options.echo,
    });
    t = performance.now();
    const imported = await system.cli(['import', incoming]);
    if (imported.code !== 0) throw new Error(`import failed:\n${imported.output}`);
    const [recording] = await system.sql('select id, duration_seconds as "durationSeconds" from recordings');
    console.log(`imported with the CLI in ${sec(performance.now() - t)}`);
    const names = new Map((await system.sql('select id, name from task_services')).map((r) => [r.id, r.name]));
    const workers = system.workers.map((w, i) => ({ name: `bench-worker-${i + 1}`, pid: w.pid, process: w }));

    const token = await exporterToken(system.url);
    const events = await subscribeTaskEvents(system.url, token);
    const keepDir = path.join(work, `kept-${configuration.workers}-${configuration.segmentSeconds}`);
    await fsp.mkdir(keepDir, { recursive: true });
    const keeper = keepSegmentFiles(path.join(system.exportsDir, 'segments'), keepDir);
    const children = new ChildSampler(workers);
    const cpu = new CpuSampler([system.api.pid, ...workers.map((w) => w.pid)], children);

    const sent = performance.now();
    const sentWall = Date.now();
    const data = await gql(
      system.url,
      EXPORT_MUTATION,
      { input: { recordingIds: [recording.id], reason: `Benchmark parallel export, ${configuration.label}` } },
      token,
    );
    const taskId = data.exportRecordings.tasks[0].id;
    const final = await events.waitFor((e) => e.id === taskId && FINAL.includes(e.status), options.taskTimeout * 60_000);
    const wallMs = final.at - sent;
    const doneWall = sentWall + wallMs;
    children.stop();
    cpu.stop();
    keeper.stop();
    await events.dispose();
    const [task] = await system.sql(
      'select requested_at, started_at, finished_at, attempts, error, output_size_bytes::float8 as size, output_sha256 from export_tasks where id = $1',
      [taskId],
    );
    if (final.status !== 'COMPLETED') throw new Error(`the export ended ${final.status}: ${task?.error}`);
    const problems = [];
    if (task.attempts !== 1) problems.push(`the task took ${task.attempts} attempts`);

    const segmentRows = await system.sql(
      `select index, start_seconds as "startSeconds", end_seconds as "endSeconds", status, attempts, task_service_id as "taskServiceId", updated_at as "updatedAt"
         from export_segments where task_id = $1 order by index`,
      [taskId],
    );
    const { exportTask } = await gql(system.url, MANIFEST_QUERY, { id: taskId }, token);
    const conversion = JSON.parse(exportTask.manifest.content).conversion;
    const listed = conversion.segments ?? [];
    if (configuration.segmentSeconds > 0 && plan.length > 1 && listed.length !== plan.length)
      problems.push(`the manifest lists ${listed.length} segments, the plan has ${plan.length}`);
    for (const row of segmentRows) if (row.attempts !== 1) problems.push(`segment ${row.index} was encoded ${row.attempts} times`);

    const outputFile = path.join(system.exportsDir, `${taskId}.mp4`);
    const output = await probeMedia(tools.ffprobePath, outputFile);
    const outputFrames = await countFrames(tools.ffprobePath, outputFile);
    const durationDelta = output.durationSeconds - recording.durationSeconds;
    if (!(Math.abs(durationDelta) < DURATION_TOLERANCE_SECONDS))
      problems.push(`the output lasts ${output.durationSeconds.toFixed(3)} s, the source ${recording.durationSeconds.toFixed(3)} s`);

    // Who encoded what, when: worker log lines and the children sampled from /proc.
    const timeline = readTimeline(workers, taskId);
    const encodedBy = new Map();
    for (const s of listed)
      encodedBy.set(names.get(s.taskServiceId) ?? s.taskServiceId, (encodedBy.get(names.get(s.taskServiceId) ?? s.taskServiceId) ?? 0) + 1);
    const coordinator = workers.find((w) => w.process.output().includes(`export task ${taskId}: converting`))?.name;
    const kinds = children.byKind();
    const startedWall = task.started_at.getTime();
    const finishedWall = task.finished_at.getTime();
    const lastSegmentWall = segmentRows.length ? Math.max(...segmentRows.map((r) => r.updatedAt.getTime())) : null;
    const firstEncodeWall = timeline.segments.length ? Math.min(...timeline.segments.map((s) => s.start)) : null;
    const encodeWallMs = kinds.encode.map((c) => c.lastSeen - c.firstSeen);
    const encodeCpuMs = kinds.encode.reduce((sum, c) => sum + (c.cpuMs ?? 0), 0);
    const joins = kinds.join;

    // CPU over the whole export, and over the encoding (first encoder started to last one done).
    const encodingFrom = kinds.encode.length ? Math.min(...kinds.encode.map((c) => c.firstSeen)) : sentWall;
    const encodingTo = kinds.encode.length ? Math.max(...kinds.encode.map((c) => c.lastSeen)) : doneWall;
    const whole = cpu.between(sentWall, doneWall);
    const encoding = cpu.between(encodingFrom, encodingTo);
    const ffmpegCpuMs = [...kinds.encode, ...kinds.join].reduce((sum, c) => sum + (c.cpuMs ?? 0), 0);

    // The join again, directly, on the kept segment files.
    let direct = null;
    if (listed.length > 1 && options.joinRuns > 0)
      direct = await joinDirectly(conversion, keeper, keepDir, { ...output, sha256: task.output_sha256 }, problems);

    await system.stop();
    await fsp.rm(system.dataDir, { recursive: true, force: true });
    await fsp.rm(keepDir, { recursive: true, force: true });

    return {
      label: configuration.label,
      workers: configuration.workers,
      segmentSeconds: configuration.segmentSeconds,
      taskId,
      wallMs,
      speedUp: NaN,
      pickupMs: startedWall - task.requested_at.getTime(),
      coordinator,
      segments: listed.map((s) => {
        const row = segmentRows.find((r) => r.index === s.index);
        const run = timeline.segments.find((x) => x.index === s.index);
        return {
          index: s.index,
          startSeconds: s.startSeconds,
          endSeconds: s.endSeconds,
          taskService: names.get(s.taskServiceId) ?? s.taskServiceId,
          sizeBytes: s.sizeBytes,
          attempts: row?.attempts,
          encodeMs: run ? run.end - run.start : null,
          startAfterClaimMs: run ? run.start - startedWall : null,
        };
      }),
      encodedBy: Object.fromEntries([...encodedBy.entries()].sort()),
      split: {
        // Claim to segments laid out: the keyframe listing and the rows.
        layoutAfterClaimMs: timeline.laidOut ? timeline.laidOut - startedWall : null,
        keyframeListingMs: kinds.keyframes.length ? kinds.keyframes.reduce((sum, c) => sum + (c.lastSeen - c.firstSeen), 0) : null,
        keyframeListingCpuMs: kinds.keyframes.reduce((sum, c) => sum + (c.cpuMs ?? 0), 0),
        firstEncodeAfterClaimMs: firstEncodeWall ? firstEncodeWall - startedWall : null,
      },
      join: {
        lastSegmentToFinishedMs: lastSegmentWall ? finishedWall - lastSegmentWall : null,
        systemFfmpegMs: joins.length ? joins.reduce((sum, c) => sum + (c.lastSeen - c.firstSeen), 0) : null,
        systemFfmpegCpuMs: joins.length ? joins.reduce((sum, c) => sum + (c.cpuMs ?? 0), 0) : null,
        direct,
      },
      encoding: {
        runs: kinds.encode.length,
        cpuMs: encodeCpuMs,
        longestRunMs: encodeWallMs.length ? Math.max(...encodeWallMs) : null,
        spanMs: encodingTo - encodingFrom,
        perWorker: workers.map((w) => {
          const mine = kinds.encode.filter((c) => c.worker === w.name);
          return {
            name: w.name,
            runs: mine.length,
            busyMs: mine.reduce((sum, c) => sum + (c.lastSeen - c.firstSeen), 0),
            cpuMs: mine.reduce((sum, c) => sum + (c.cpuMs ?? 0), 0),
          };
        }),
      },
      cpu: {
        cores,
        machineBusyShare: whole.busyShare,
        encodingBusyShare: encoding.busyShare,
        stealShare: whole.stealShare,
        ffmpegCpuMs,
        ffmpegCores: ffmpegCpuMs / wallMs,
        ownCpuMs: whole.ownMs,
        otherShare: whole.otherShare,
      },
      output: {
        durationSeconds: output.durationSeconds,
        sourceDurationSeconds: recording.durationSeconds,
        deltaSeconds: durationDelta,
        sizeBytes: task.size,
        outputDurationSeconds: exportTask.outputDurationSeconds,
        frames: outputFrames,
      },
      problems,
    };
  }

  /** Joins the kept segment files with the manifest's join arguments, --join-runs times. */
  async function joinDirectly(conversion, keeper, keepDir, systemOutput, problems) {
    const parts = [];
    for (const s of conversion.segments) {
      const file = await keeper.find(s.index, s.sha256);
      if (!file) {
        problems.push(`segment ${s.index}'s file (SHA-256 ${s.sha256.slice(0, 12)}...) was not kept: no direct join`);
        return null;
      }
      parts.push({ file, durationSeconds: s.endSeconds - s.startSeconds });
    }
    const list = path.join(keepDir, 'join.ffconcat');
    await fsp.writeFile(list, concatList(parts));
    const joined = path.join(keepDir, 'joined.mp4');
    const args = [...conversion.arguments];
    const input = args.indexOf('-i');
    if (input < 0 || !args.includes('concat')) {
      problems.push(`the manifest's arguments are not a concat join: ${args.join(' ')}`);
      return null;
    }
    args[input + 1] = list;
    args[args.length - 1] = joined;
    const runs = [];
    for (let i = 0; i < options.joinRuns; i++) {
      await fsp.rm(joined, { force: true });
      runs.push(await timed(tools.ffmpegPath, args));
    }
    const info = await probeMedia(tools.ffprobePath, joined);
    const size = (await fsp.stat(joined)).size;
    const inputBytes = parts.reduce((sum, p) => sum + fs.statSync(p.file).size, 0);
    return {
      runs: runs.length,
      wallMs: runs.map((r) => r.wallMs),
      cpuMs: runs.map((r) => r.cpuMs),
      medianWallMs: median(runs.map((r) => r.wallMs)),
      medianCpuMs: median(runs.map((r) => r.cpuMs)),
      inputBytes,
      outputBytes: size,
      durationSeconds: info.durationSeconds,
      sameDurationAsExport: Math.abs(info.durationSeconds - systemOutput.durationSeconds) < 0.001,
      // The same arguments on the same files: the same bytes as the export, unless the muxer stamps something of its own.
      sameBytesAsExport: (await sha256Of(joined)) === systemOutput.sha256,
    };
  }
}

/**
 * Hard links every segment MP4 that appears under the exports' segment folder, so that it
 * outlives the system's removal after the join. Polled every 100 ms: a segment's file is there
 * from its completion until its export is joined, seconds at least.
 */
function keepSegmentFiles(segmentsDir, keepDir) {
  const kept = new Map();
  const scan = () => {
    let tasks = [];
    try {
      tasks = fs.readdirSync(segmentsDir);
    } catch {
      return;
    }
    for (const task of tasks) {
      let files = [];
      try {
        files = fs.readdirSync(path.join(segmentsDir, task));
      } catch {
        continue;
      }
      for (const file of files) {
        if (!/^\d+-\d+\.mp4$/.test(file) || kept.has(file)) continue;
        const target = path.join(keepDir, file);
        try {
          fs.linkSync(path.join(segmentsDir, task, file), target);
          kept.set(file, target);
        } catch {
          /* gone meanwhile, or not there yet */
        }
      }
    }
  };
  const timer = setInterval(scan, 100);
  return {
    stop: () => {
      scan();
      clearInterval(timer);
    },
    /** The kept file of segment `index` whose SHA-256 is `sha256` (one per attempt was kept). */
    find: async (index, sha256) => {
      for (const [file, target] of kept) {
        if (!file.startsWith(`${index}-`)) continue;
        if ((await sha256Of(target)) === sha256) return target;
      }
      return null;
    },
  };
}

/** Video packets in a file: the frames an export encoded (with unchanged frames skipped, fewer than the source's). */
async function countFrames(ffprobePath, file) {
  const { stdout } = await new Promise((resolve, reject) => {
    const child = spawn(
      ffprobePath,
      ['-v', 'error', '-select_streams', 'v:0', '-count_packets', '-show_entries', 'stream=nb_read_packets', '-of', 'csv=p=0', file],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ stdout: out }) : reject(new Error(`ffprobe exited with ${code}: ${err.slice(-1000)}`))));
  });
  return Number(stdout.trim());
}

function sha256Of(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * The ffmpeg and ffprobe children of the worker processes, sampled every 100 ms from /proc:
 * kind (from the command line), first and last seen (wall clock, ms), CPU time at the last
 * sample. A run shorter than the interval may be missed; the CPU of the last < 100 ms of each
 * is not counted.
 */
class ChildSampler {
  constructor(workers, intervalMs = 100) {
    this.workers = workers;
    this.seen = new Map();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.sample();
  }

  sample() {
    const now = Date.now();
    for (const worker of this.workers) {
      for (const pid of childrenOf(worker.pid)) {
        let entry = this.seen.get(pid);
        if (!entry) {
          entry = { pid, worker: worker.name, kind: null, firstSeen: now, lastSeen: now, cpuMs: undefined };
          this.seen.set(pid, entry);
        }
        // Read until the child has exec'd its tool (right after the fork it is still node).
        if (!entry.kind) entry.kind = classify(pid);
        entry.lastSeen = now;
        entry.cpuMs = cpuMs(pid) ?? entry.cpuMs;
      }
    }
  }

  stop() {
    this.sample();
    clearInterval(this.timer);
  }

  byKind() {
    const all = [...this.seen.values()];
    return {
      encode: all.filter((c) => c.kind === 'encode'),
      join: all.filter((c) => c.kind === 'join'),
      keyframes: all.filter((c) => c.kind === 'keyframes'),
    };
  }
}

function classify(pid) {
  const name = commandName(pid);
  if (name !== 'ffmpeg' && name !== 'ffprobe') return null;
  let args = [];
  try {
    args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return null;
  }
  if (name === 'ffprobe') return args.some((a) => a.includes('packet=pts_time')) ? 'keyframes' : 'probe';
  if (args.includes('concat')) return 'join';
  return args.includes('libx264') ? 'encode' : 'other-ffmpeg';
}

/**
 * The machine's CPU (/proc/stat) every second, and the CPU time of the bench's own processes
 * (API, workers, and their children as the ChildSampler saw them).
 */
class CpuSampler {
  constructor(pids, children, intervalMs = 1000) {
    this.pids = pids;
    this.children = children;
    this.samples = [];
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.sample();
  }

  sample() {
    const machine = machineCpuMs();
    if (!machine) return;
    const own = this.pids.reduce((sum, pid) => sum + (cpuMs(pid) ?? 0), 0);
    const kids = [...this.children.seen.values()].reduce((sum, c) => sum + (c.cpuMs ?? 0), 0);
    this.samples.push({ at: Date.now(), ...machine, ownMs: own + kids });
  }

  stop() {
    this.sample();
    clearInterval(this.timer);
  }

  /** Shares of all cores' time between two wall-clock times (the nearest samples inside). */
  between(from, to) {
    const inside = this.samples.filter((s) => s.at >= from - 500 && s.at <= to + 500);
    const a = inside[0];
    const b = inside.at(-1);
    if (!a || !b || b.at - a.at < 500) return { busyShare: NaN, stealShare: NaN, otherShare: NaN, ownMs: NaN };
    const total = b.busy + b.idle + b.steal - (a.busy + a.idle + a.steal);
    const busy = b.busy - a.busy;
    const ownMs = b.ownMs - a.ownMs;
    return { busyShare: busy / total, stealShare: (b.steal - a.steal) / total, otherShare: Math.max(0, busy - ownMs) / total, ownMs };
  }
}

/** The worker log lines about one task: segments laid out, each segment's encoding start and end. */
function readTimeline(workers, taskId) {
  const segments = [];
  let laidOut = null;
  const at = (line) => Date.parse(line.slice(0, 24));
  for (const worker of workers) {
    const starts = new Map();
    for (const line of worker.process.output().split('\n')) {
      if (!line.includes(`export task ${taskId}: `)) continue;
      if (/: \d+ segments of about/.test(line)) laidOut = at(line);
      let m = /: segment (\d+) \(.*\): encoding \(attempt (\d+)\)/.exec(line);
      if (m) starts.set(Number(m[1]), at(line));
      m = /: segment (\d+): encoded/.exec(line);
      if (m && starts.has(Number(m[1]))) segments.push({ index: Number(m[1]), worker: worker.name, start: starts.get(Number(m[1])), end: at(line) });
    }
  }
  return { laidOut, segments };
}

/** Runs a command under /usr/bin/time: wall time and CPU (user + system) in ms. */
function timed(command, args) {
  return new Promise((resolve, reject) => {
    const timeFile = path.join(os.tmpdir(), `parallel-export-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, command, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', async (code) => {
      const wallMs = performance.now() - started;
      const times = (await fsp.readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '';
      await fsp.rm(timeFile, { force: true });
      if (code !== 0) return reject(new Error(`${path.basename(command)} exited with ${code}: ${stderr.slice(-2000)}`));
      const [user, system] = times.split(' ').map(Number);
      resolve({ wallMs, cpuMs: (user + system) * 1000 });
    });
  });
}

function printConfiguration(r) {
  console.log(`  wall (exportRecordings sent -> COMPLETED event): ${sec(r.wallMs)}; speed-up against this round's baseline ${r.speedUp.toFixed(2)}x`);
  console.log(`  claimed ${sec(r.pickupMs)} after the request, by ${r.coordinator ?? '?'}`);
  if (r.segments.length) {
    console.log(
      `  ${r.segments.length} segments, encoded by ${Object.entries(r.encodedBy)
        .map(([name, n]) => `${name}: ${n}`)
        .join(', ')}`,
    );
    for (const s of r.segments) {
      console.log(
        `    #${s.index} ${s.startSeconds.toFixed(1)}-${s.endSeconds.toFixed(1)} s on ${s.taskService}: encoding started ${sec(s.startAfterClaimMs)} after the claim, took ${sec(s.encodeMs)}, ${mb(s.sizeBytes)}${s.attempts !== 1 ? `, ${s.attempts} attempts` : ''}`,
      );
    }
    console.log(
      `  split: segments laid out ${sec(r.split.layoutAfterClaimMs)} after the claim (keyframe listing by ffprobe ${sec(r.split.keyframeListingMs)}, ${sec(r.split.keyframeListingCpuMs)} CPU); first segment started ${sec(r.split.firstEncodeAfterClaimMs)} after the claim`,
    );
    console.log(
      `  join: last segment stored -> task finished ${sec(r.join.lastSegmentToFinishedMs)} (join ffmpeg in the system ${sec(r.join.systemFfmpegMs)}, ${sec(r.join.systemFfmpegCpuMs)} CPU, sampled every 0.1 s)`,
    );
    if (r.join.direct) {
      const d = r.join.direct;
      console.log(
        `  join run directly on the kept segment files (${mb(d.inputBytes)} in, ${mb(d.outputBytes)} out), ${d.runs} runs: median wall ${sec(d.medianWallMs, 3)} (${(d.inputBytes / 2 ** 20 / (d.medianWallMs / 1000)).toFixed(0)} MiB/s), CPU ${sec(d.medianCpuMs, 3)} ` +
          `(each: ${d.wallMs.map((w) => (w / 1000).toFixed(3)).join(', ')} s); ${d.durationSeconds.toFixed(3)} s long${d.sameDurationAsExport ? ', as the export' : ', NOT as the export'}; ${d.sameBytesAsExport ? 'byte for byte the export' : 'not byte for byte the export'}`,
      );
    }
  }
  console.log(
    `  encoding: ${r.encoding.runs} ffmpeg run(s), ${sec(r.encoding.cpuMs)} CPU in all, longest ${sec(r.encoding.longestRunMs)}, first start to last end ${sec(r.encoding.spanMs)}; per task service: ${r.encoding.perWorker
      .map((w) => `${w.name} ${w.runs} run(s) ${sec(w.busyMs)} busy, ${sec(w.cpuMs)} CPU`)
      .join('; ')}`,
  );
  console.log(
    `  CPU: machine ${pct(r.cpu.machineBusyShare)} busy over the export (${pct(r.cpu.encodingBusyShare)} while encoding) of ${r.cpu.cores} cores; ffmpeg ${sec(r.cpu.ffmpegCpuMs)} = ${r.cpu.ffmpegCores.toFixed(2)} cores on average; other processes ${pct(r.cpu.otherShare)}; steal ${pct(r.cpu.stealShare)}`,
  );
  console.log(
    `  output: ${r.output.durationSeconds.toFixed(3)} s against the source's ${r.output.sourceDurationSeconds.toFixed(3)} s (${r.output.deltaSeconds >= 0 ? '+' : ''}${r.output.deltaSeconds.toFixed(3)} s: ${Math.abs(r.output.deltaSeconds) < DURATION_TOLERANCE_SECONDS ? 'within' : 'NOT within'} ${DURATION_TOLERANCE_SECONDS} s), ${mb(r.output.sizeBytes)}, ${r.output.frames} frames encoded`,
  );
  for (const p of r.problems) console.log(`  PROBLEM: ${p}`);
}

/** One configuration over the rounds: medians, the spread of the wall time, and every round's speed-up. */
function summarize(configuration, results) {
  const runs = results.filter((r) => r.label === configuration.label);
  const segmented = runs.filter((r) => r.segments.length > 0);
  const med = (pick, from = runs) => {
    const values = from.map(pick).filter(Number.isFinite);
    return values.length ? median(values) : NaN;
  };
  return {
    label: configuration.label,
    workers: configuration.workers,
    segmentSeconds: configuration.segmentSeconds,
    rounds: runs.length,
    wallMs: med((r) => r.wallMs),
    wallsMs: runs.map((r) => r.wallMs),
    speedUp: NaN,
    speedUps: runs.map((r) => r.speedUp),
    segments: runs[0]?.segments.length ?? 0,
    // Segments per task service in each round, most first: "3+3".
    encodedBy: runs.map((r) =>
      Object.values(r.encodedBy)
        .sort((a, b) => b - a)
        .join('+'),
    ),
    splitMs: med((r) => r.split.layoutAfterClaimMs, segmented),
    lastSegmentToFinishedMs: med((r) => r.join.lastSegmentToFinishedMs, segmented),
    directJoinMs: med((r) => r.join.direct?.medianWallMs, segmented),
    directJoinCpuMs: med((r) => r.join.direct?.medianCpuMs, segmented),
    encodingCpuMs: med((r) => r.encoding.cpuMs),
    machineBusyShare: med((r) => r.cpu.machineBusyShare),
    encodingBusyShare: med((r) => r.cpu.encodingBusyShare),
    ffmpegCores: med((r) => r.cpu.ffmpegCores),
    otherShareMax: Math.max(...runs.map((r) => r.cpu.otherShare).filter(Number.isFinite)),
    deltaSecondsMaxAbs: Math.max(...runs.map((r) => Math.abs(r.output.deltaSeconds))),
    sizeBytes: runs[0]?.output.sizeBytes,
    frames: runs[0]?.output.frames,
  };
}

function summaryTable(summary) {
  const lines = [
    '| configuration | wall, median (each round) | speed-up of the medians (each round) | segments (per task service, each round) | split: claim to laid out | last segment stored to COMPLETED | join ffmpeg alone (direct) | encoding CPU | machine CPU busy while encoding | ffmpeg cores | other CPU, most | output Δ duration, most | output size (frames) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of summary) {
    const segmented = r.segments > 0;
    lines.push(
      `| ${r.label} | ${sec(r.wallMs, 1)} (${r.wallsMs.map((w) => (w / 1000).toFixed(1)).join(', ')}) | ${r.speedUp.toFixed(2)}x (${r.speedUps.map((x) => x.toFixed(2)).join(', ')}) | ${segmented ? `${r.segments} (${r.encodedBy.join(', ')})` : 'whole'} | ${segmented ? sec(r.splitMs) : 'n/a'} | ${segmented ? sec(r.lastSegmentToFinishedMs) : 'n/a'} | ${Number.isFinite(r.directJoinMs) ? `${sec(r.directJoinMs, 3)} (CPU ${sec(r.directJoinCpuMs, 3)})` : 'n/a'} | ${sec(r.encodingCpuMs, 1)} | ${pct(r.encodingBusyShare)} | ${r.ffmpegCores.toFixed(2)} | ${pct(r.otherShareMax)} | ${r.deltaSecondsMaxAbs.toFixed(3)} s | ${mb(r.sizeBytes)} (${r.frames}) |`,
    );
  }
  return lines;
}

function sec(msValue, digits = 2) {
  return Number.isFinite(msValue) ? `${(msValue / 1000).toFixed(digits)} s` : 'n/a';
}

function mb(bytes) {
  if (!Number.isFinite(bytes)) return 'n/a';
  return bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

function pct(share) {
  return Number.isFinite(share) ? `${(share * 100).toFixed(0)}%` : 'n/a';
}

function loadAverage() {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

await runMain(main);
