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
import { fork, spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onCleanup, runMain } from './lib/cleanup.mjs';
import { describeMachine } from './lib/machine.mjs';
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
  const rows = [];
  for (const file of files) {
    const name = path.basename(file);
    const summary = await summarizeGuacamole(file);
    const size = `${summary.width}x${summary.height}`;
    console.log(
      `\n${name}: ${size}, ${summary.durationSeconds.toFixed(1)} s, ${summary.instructions} instructions, keys ${summary.keysRecorded ? 'yes' : 'no'}`,
    );
    let ours;
    for (let i = 0; i < options.repeat; i++) {
      const run = await exportInChild({
        ffmpegPath: tools.ffmpegPath,
        input: file,
        output: path.join(work, `${name}.mp4`),
        render: { frameRate: options.frameRate, idleTimeLimit: null },
      });
      if (!ours || run.wallMs < ours.wallMs) ours = run;
    }
    const st = ours.stats;
    const real = summary.durationSeconds / (ours.wallMs / 1000);
    console.log(
      `  Custodian: ${s(ours.wallMs)} (${real.toFixed(1)}x real time), ${st.framesDrawn} states drawn (${(st.framesDrawn / (ours.wallMs / 1000)).toFixed(0)}/s), ${st.framesSent} frames sent, ` +
        `${(ours.sizeBytes / 2 ** 20).toFixed(1)} MiB; peak RSS Node ${mib(ours.maxRssKb)}, ffmpeg ${mib(ours.ffmpegHwmKb)}; CPU Node ${s(ours.cpuMs)}, ffmpeg ${s(ours.ffmpegCpuMs)}`,
    );
    console.log(
      `    split: parse ${s(st.parseMs)}, decode ${s(st.decodeMs)} on the decoding threads (${s(st.decodeWaitMs)} waited for), draw+compose ${s(st.drawMs)}, blocked on ffmpeg ${s(st.sinkMs)}; ` +
        `${st.imagesDecoded} images, summary ${s(ours.summaryMs)}${ours.subtitleCues ? `, ${ours.subtitleCues} subtitle cues` : ''}`,
    );
    if (options.psnr) {
      const psnr = await psnrAgainstDisplay(tools.ffmpegPath, file, summary, path.join(work, `${name}.mp4`), work, options.frameRate);
      console.log(`    quality: PSNR ${psnr.average} dB (Y ${psnr.y}, min ${psnr.min}) of the MP4's ${psnr.frames} frames against the frames the display drew`);
      ours.psnr = psnr.average;
    }
    let theirs;
    if (guacenc) {
      for (let i = 0; i < options.repeat; i++) {
        const run = await runGuacenc(guacenc, file, size, work);
        if (!theirs || run.wallMs < theirs.wallMs) theirs = run;
      }
      console.log(
        `  guacenc:   ${s(theirs.wallMs)} (${(summary.durationSeconds / (theirs.wallMs / 1000)).toFixed(1)}x real time), peak RSS ${mib(theirs.hwmKb)}, CPU ${s(theirs.cpuMs)}`,
      );
      console.log(`  speed-up: ${(theirs.wallMs / ours.wallMs).toFixed(2)}x`);
    }
    rows.push({ name, size, seconds: summary.durationSeconds, ours: ours.wallMs, theirs: theirs?.wallMs, psnr: ours.psnr });
  }
  console.log('\n| recording | size | length | Custodian | guacenc | speed-up | PSNR vs display |\n| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.size} | ${r.seconds.toFixed(1)} s | ${s(r.ours)} | ${r.theirs ? s(r.theirs) : 'not run'} | ${r.theirs ? `${(r.theirs / r.ours).toFixed(2)}x` : '-'} | ${r.psnr ? `${r.psnr} dB` : '-'} |`,
    );
  }
  return 0;
});

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

/** guacenc on a copy of the file (it writes `<file>.m4v` beside its input). */
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
  await fsp.rm(`${copy}.m4v`, { force: true });
  await fsp.rm(copy, { force: true });
  return { wallMs, hwmKb: usage.hwmKb, cpuMs: usage.cpuMs };
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
