#!/usr/bin/env node
// How fast Guacamole recordings (.guac) become MP4 at their native size, against guacenc on the
// same file at the same size in the same run.
//
//   GUACENC_PATH=/tmp/guac/prefix/bin/guacenc node bench/guac-export.mjs [--extra a.guac,b.guac] [--repeat 1]
//
// For every recording of ../shared/corpus/guac and the --extra ones:
// 1. (Custodian) renderGuacamoleToMp4 in a child process, as an export runs it: wall time,
//    multiples of real time, display states drawn per second, peak RSS of Node and of ffmpeg, CPU
//    of each, and the renderer's own split: reading and parsing, image decoding (summed over the
//    decoding threads, and the part the drawing waited for), drawing and composing (with the YUV
//    conversion), and the time blocked on ffmpeg (encoding);
// 2. (guacenc) `guacenc -s WxH -r 2000000` on a copy of the file, at the same size: wall time,
//    peak RSS, CPU. Skipped, and said so, without GUACENC_PATH.
// 3. (before) with --baseline-dist, the same export by another build of the server (the code
//    before a change), in the same run, taking turns with the others.
// 4. (reference) the Guacamole project's own player, guacamole-common-js in Chromium, draws the
//    moments the integration test compares (server/test/support/guacamole-reference.mjs); the
//    frames each video shows then (ours, before, guacenc) are compared with it: PSNR over RGB and
//    over the luma. Skipped, and said so, without Chromium.
import { fork, spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onCleanup, runMain } from './lib/cleanup.mjs';
import { describeMachine } from './lib/machine.mjs';
import { pathToFileURL } from 'node:url';
import { parseOptions } from './lib/options.mjs';
import { importDist, REPO_DIR } from './lib/paths.mjs';
import { watchProcess } from './lib/proc.mjs';
import { mib, s } from './lib/stats.mjs';

const options = parseOptions(
  {
    corpus: { default: path.resolve(REPO_DIR, '../shared/corpus/guac'), help: 'folder of .guac recordings', type: 'string' },
    extra: { default: '', help: 'more recordings, comma-separated (a longer desktop made with record.sh)', type: 'string' },
    repeat: { default: 1, help: 'runs of each side per recording; the fastest counts', type: 'number' },
    frameRate: { default: 30, help: 'frame-rate cap of the export', type: 'number' },
    psnr: { default: true, help: "PSNR of the MP4's frames against the display's own frames (writes them to a temporary file)", type: 'boolean' },
    reference: {
      default: true,
      help: "PSNR of each video's frames against guacamole-common-js's at the integration test's moments (needs Chromium)",
      type: 'boolean',
    },
    baselineDist: {
      default: '',
      help: 'another build of the server (a copy of server/dist from before a change, where it can still import the packages, e.g. server/dist-before) to export with in the same run',
      type: 'string',
    },
  },
  { usage: 'node bench/guac-export.mjs [--extra a.guac,b.guac]' },
);

await runMain(async () => {
  const { lines, tools } = await describeMachine();
  for (const line of lines) console.log(line);
  const guacenc = process.env.GUACENC_PATH;
  console.log(guacenc ? `guacenc: ${guacenc}` : 'guacenc: GUACENC_PATH is not set, so guacenc is not run (build it with ../shared/tools/guacamole/build.sh)');
  const corpus = await fsp.readdir(options.corpus).then(
    (names) =>
      names
        .filter((n) => /\.guac(\.gz)?$/.test(n))
        .sort()
        .map((n) => path.join(options.corpus, n)),
    () => [],
  );
  const files = [...corpus, ...options.extra.split(',').filter(Boolean)];
  if (files.length === 0) throw new Error(`no recordings: ${options.corpus} is absent and no --extra was given`);
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'guac-bench-'));
  onCleanup('bench folder', () => fsp.rm(work, { recursive: true, force: true }));
  const { summarizeGuacamole } = await importDist('guacamole/index.js');
  const reference = options.reference ? await import(pathToFileURL(path.join(REPO_DIR, 'server/test/support/guacamole-reference.mjs')).href) : null;
  const withReference = !!reference?.chromiumPath();
  if (options.reference && !withReference)
    console.log('reference: no Chromium (CHROMIUM_PATH or /usr/bin/chromium), so no comparison with guacamole-common-js');
  const baselineDist = options.baselineDist ? path.resolve(options.baselineDist) : null;
  if (baselineDist) console.log(`before: ${baselineDist}`);
  const rows = [];
  for (const file of files) {
    const name = path.basename(file);
    const summary = await summarizeGuacamole(file);
    const size = `${summary.width}x${summary.height}`;
    console.log(
      `\n${name}: ${size}, ${summary.durationSeconds.toFixed(1)} s, ${summary.instructions} instructions, keys ${summary.keysRecorded ? 'yes' : 'no'}`,
    );
    const oursMp4 = path.join(work, `${name}.mp4`);
    const beforeMp4 = path.join(work, `${name}.before.mp4`);
    const job = (output, dist) => ({ ffmpegPath: tools.ffmpegPath, input: file, output, dist, render: { frameRate: options.frameRate, idleTimeLimit: null } });
    let ours;
    let before;
    let theirs;
    // Each side in turn, so that a slower or faster stretch of the machine falls on all of them.
    for (let i = 0; i < options.repeat; i++) {
      const run = await exportInChild(job(oursMp4));
      if (!ours || run.wallMs < ours.wallMs) ours = run;
      if (baselineDist) {
        const previous = await exportInChild(job(beforeMp4, baselineDist));
        if (!before || previous.wallMs < before.wallMs) before = previous;
      }
      if (guacenc) {
        const other = await runGuacenc(guacenc, file, size, work);
        if (!theirs || other.wallMs < theirs.wallMs) theirs = other;
      }
    }
    const describe = (label, run) => {
      const st = run.stats;
      const real = summary.durationSeconds / (run.wallMs / 1000);
      console.log(
        `  ${label}: ${s(run.wallMs)} (${real.toFixed(1)}x real time), ${st.framesDrawn} states drawn (${(st.framesDrawn / (run.wallMs / 1000)).toFixed(0)}/s), ${st.framesSent} frames sent, ` +
          `${(run.sizeBytes / 2 ** 20).toFixed(1)} MiB; peak RSS Node ${mib(run.maxRssKb)}, ffmpeg ${mib(run.ffmpegHwmKb)}; CPU Node ${s(run.cpuMs)}, ffmpeg ${s(run.ffmpegCpuMs)}`,
      );
      console.log(
        `    split: parse ${s(st.parseMs)}, decode on the drawing thread ${s(st.decodeMs)} (${s(st.decodeWaitMs)} getting images: decoding there, or waiting for other threads), draw+compose ${s(st.drawMs)}, blocked on ffmpeg ${s(st.sinkMs)}; ` +
          `${st.imagesDecoded} images, summary ${s(run.summaryMs)}${run.subtitleCues ? `, ${run.subtitleCues} subtitle cues` : ''}`,
      );
    };
    describe('Custodian', ours);
    if (before) describe('before   ', before);
    if (options.psnr) {
      const psnr = await psnrAgainstDisplay(tools.ffmpegPath, file, summary, oursMp4, work, options.frameRate);
      console.log(`    quality: PSNR ${psnr.average} dB (Y ${psnr.y}, min ${psnr.min}) of the MP4's ${psnr.frames} frames against the frames the display drew`);
      ours.psnr = psnr.average;
    }
    if (theirs) {
      console.log(
        `  guacenc:   ${s(theirs.wallMs)} (${(summary.durationSeconds / (theirs.wallMs / 1000)).toFixed(1)}x real time), peak RSS ${mib(theirs.hwmKb)}, CPU ${s(theirs.cpuMs)}`,
      );
      console.log(`  speed-up: ${(theirs.wallMs / ours.wallMs).toFixed(2)}x${before ? ` (before: ${(theirs.wallMs / before.wallMs).toFixed(2)}x)` : ''}`);
    }
    let quality = null;
    if (withReference) {
      const videos = [{ label: 'Custodian', file: oursMp4, originMs: summary.firstTimestampMs }];
      if (before) videos.push({ label: 'before', file: beforeMp4, originMs: summary.firstTimestampMs });
      if (theirs) videos.push({ label: 'guacenc', file: theirs.output, originMs: null });
      quality = await againstReference(reference, tools, file, videos);
      for (const [label, q] of Object.entries(quality)) {
        console.log(
          `  against guacamole-common-js, ${label}: RGB ${q.rgb.map((v) => v.toFixed(1)).join(', ')} dB (min ${q.minRgb.toFixed(1)}); luma ${q.luma.map((v) => v.toFixed(1)).join(', ')} dB (min ${q.minLuma.toFixed(1)})`,
        );
      }
    }
    if (theirs) await fsp.rm(theirs.output, { force: true });
    rows.push({ name, size, seconds: summary.durationSeconds, ours: ours.wallMs, before: before?.wallMs, theirs: theirs?.wallMs, psnr: ours.psnr, quality });
  }
  const minOf = (q, label) => (q?.[label] ? `${q[label].minRgb.toFixed(1)} / ${q[label].minLuma.toFixed(1)}` : '-');
  console.log(
    '\n| recording | size | length | Custodian | before | guacenc | speed-up | before: speed-up | PSNR vs display | vs guacamole-common-js, min RGB / luma (dB): Custodian | before | guacenc |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.size} | ${r.seconds.toFixed(1)} s | ${s(r.ours)} | ${r.before ? s(r.before) : '-'} | ${r.theirs ? s(r.theirs) : 'not run'} | ${r.theirs ? `${(r.theirs / r.ours).toFixed(2)}x` : '-'} | ${r.theirs && r.before ? `${(r.theirs / r.before).toFixed(2)}x` : '-'} | ${r.psnr ? `${r.psnr} dB` : '-'} | ${minOf(r.quality, 'Custodian')} | ${minOf(r.quality, 'before')} | ${minOf(r.quality, 'guacenc')} |`,
    );
  }
  return 0;
});

/**
 * Each video's frames at the moments the integration test compares, against guacamole-common-js's
 * display then: PSNR over RGB and over the BT.709 luma, per moment. A video's clock starts at its
 * `originMs` (Custodian's: the summary's first timestamp) or, for guacenc, at the first sync.
 */
async function againstReference(reference, tools, file, videos) {
  const { GuacamoleReader, timestampOf } = await importDist('guacamole/index.js');
  const moments = await reference.chooseMoments((await GuacamoleReader.open(file)).batches(), timestampOf);
  const player = await reference.GuacamoleReference.open(file);
  const unregister = onCleanup('Chromium', () => player.close());
  const result = {};
  try {
    const frames = [];
    for (const sync of moments.syncs) frames.push(await player.frameAt(sync - moments.firstSync));
    for (const video of videos) {
      const { width, height } = await videoSize(tools.ffprobePath, video.file);
      const rgb = [];
      const luma = [];
      for (const [i, frame] of frames.entries()) {
        const seconds = (moments.syncs[i] - (video.originMs ?? moments.firstSync) + reference.SETTLED_MS) / 1000;
        const decoded = await reference.videoFrameAt(tools.ffmpegPath, video.file, seconds, width, height);
        const w = Math.min(width, frame.width);
        const h = Math.min(height, frame.height);
        rgb.push(reference.psnr(decoded, frame.rgba, w, h, width * 4, frame.width * 4));
        luma.push(reference.lumaPsnr(decoded, frame.rgba, w, h, width * 4, frame.width * 4));
      }
      result[video.label] = { rgb, luma, minRgb: Math.min(...rgb), minLuma: Math.min(...luma) };
    }
  } finally {
    unregister();
    await player.close();
  }
  return result;
}

async function videoSize(ffprobePath, file) {
  const child = spawn(ffprobePath, ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'csv=p=0', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  const [width, height] = out.trim().split(',').map(Number);
  if (code !== 0 || !(width > 0 && height > 0)) throw new Error(`ffprobe could not read the size of ${file}`);
  return { width, height };
}

async function exportInChild(job) {
  const child = fork(path.join(import.meta.dirname, 'lib', 'guac-export-child.mjs'), [JSON.stringify(job)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const unregister = onCleanup('export process', () => child.kill('SIGKILL'));
  let message;
  child.on('message', (m) => (message = m));
  const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? signal)));
  unregister();
  if (!message?.ok) throw new Error(`the export process failed (exit ${code}): ${message?.error ?? 'no answer'}`);
  return message;
}

/** guacenc on a copy of the file (it writes `<file>.m4v` beside its input, returned as `output`). */
async function runGuacenc(guacenc, file, size, work) {
  const copy = path.join(work, `guacenc-${path.basename(file).replace(/\.gz$/, '')}`);
  await fsp.copyFile(file, copy);
  const lib = path.resolve(path.dirname(guacenc), '../lib');
  const started = performance.now();
  const child = spawn(guacenc, ['-f', '-s', size, '-r', '2000000', copy], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LD_LIBRARY_PATH: [lib, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') },
  });
  const unregister = onCleanup('guacenc', () => child.kill('SIGKILL'));
  const watch = watchProcess(child.pid, 20);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  const wallMs = performance.now() - started;
  const usage = watch.stop();
  unregister();
  if (code !== 0) throw new Error(`guacenc failed (exit ${code}): ${stderr.trim().slice(-500)}`);
  await fsp.rm(copy, { force: true });
  // Kept for the comparison with guacamole-common-js; each run writes the same name.
  return { wallMs, hwmKb: usage.hwmKb, cpuMs: usage.cpuMs, output: `${copy}.m4v` };
}

/**
 * Draws the recording again, keeping every frame the export sent (raw YUV in a file), decodes the
 * MP4 frame for frame (no frame duplicated or dropped: frames are numbered, not timed) and lets
 * ffmpeg's psnr filter compare the two: what the encoding lost.
 */
async function psnrAgainstDisplay(ffmpegPath, file, summary, mp4, work, frameRate) {
  const { GuacamoleRenderer } = await importDist('guacamole/index.js');
  const raw = path.join(work, 'display.yuv');
  const handle = await fsp.open(raw, 'w');
  onCleanup('display frames', () => fsp.rm(raw, { force: true }));
  const renderer = new GuacamoleRenderer(summary, { frameRate, idleTimeLimit: null });
  let frames = 0;
  await renderer.render({
    file,
    firstTimestampMs: summary.firstTimestampMs,
    sink: async (_timeMs, yuv) => {
      await handle.write(yuv);
      frames++;
    },
  });
  await handle.close();
  const args = ['-hide_banner', '-f', 'rawvideo', '-pix_fmt', 'yuv420p', '-s', `${renderer.width}x${renderer.height}`, '-i', raw, '-i', mp4];
  args.push('-lavfi', '[0:v]settb=1/30,setpts=N[a];[1:v]settb=1/30,setpts=N[b];[b][a]psnr', '-f', 'null', '-');
  const child = spawn(ffmpegPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  await fsp.rm(raw, { force: true });
  const match = /PSNR y:([\d.]+|inf) u:[\d.inf]+ v:[\d.inf]+ average:([\d.]+|inf) min:([\d.]+|inf)/.exec(stderr);
  if (code !== 0 || !match) throw new Error(`the PSNR comparison failed (exit ${code}): ${stderr.trim().slice(-400)}`);
  const round = (v) => (v === 'inf' ? 'inf' : Number(v).toFixed(1));
  return { frames, y: round(match[1]), average: round(match[2]), min: round(match[3]) };
}
