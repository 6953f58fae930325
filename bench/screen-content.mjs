#!/usr/bin/env node
// Screen recordings exported with every frame encoded (the baseline) against only the frames that
// changed (variable frame rate, the default), on the same inputs in the same run.
//
//   node bench/screen-content.mjs [--seconds 60] [--width 1920 --height 1080 --fps 30] [--no-demo]
//
// Inputs, all made by the media layer's own generators:
// - "screen capture": a mostly still desktop (typing bursts, a blinking text cursor, the pointer
//   opening and closing a dialog, one scroll, then idle), recorded as OBS does by default
//   (H.264 in Matroska, lossy: the recorder's encoder keeps refining a still picture for a few
//   frames, and those frames differ);
// - "lossless capture": the same screen stored losslessly (as recorders that store only the
//   changed picture do): an unchanged screen decodes to identical frames;
// - the demo recordings (server/src/demo/demo-catalog.ts), in which something moves in every
//   frame (a playing video, scrolling output, the pointer): nothing to skip, the cost of checking.
// Each is exported with buildMp4Args (exactly the export's command) both ways: wall time, CPU time
// (user + system of ffmpeg), output size, encoded frames, SSIM and PSNR against the source
// (ffmpeg's filters; the encoded frames held until the next, at the source's frame rate), and
// the longest wall-clock stretch in which the progress fraction did not move.
import { spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onCleanup, runMain } from './lib/cleanup.mjs';
import { describeMachine } from './lib/machine.mjs';
import { parseOptions } from './lib/options.mjs';
import { importDist } from './lib/paths.mjs';

const TARGET_SPEEDUP = 2;

const options = parseOptions(
  {
    seconds: { type: 'number', default: 60, help: 'length of the generated screen capture, seconds' },
    width: { type: 'number', default: 1920, help: 'screen capture width' },
    height: { type: 'number', default: 1080, help: 'screen capture height' },
    fps: { type: 'number', default: 30, help: 'screen capture frame rate (OBS records 30 by default)' },
    demo: { type: 'boolean', default: true, help: 'also compare on the demo recordings' },
    json: { type: 'string', default: '', help: 'also write the results as JSON to this file' },
  },
  { usage: 'node bench/screen-content.mjs [options]\n\nEvery frame encoded against only changed frames, on screen recordings.' },
);

/** Runs a command under /usr/bin/time: wall and CPU seconds, its stdout lines as they came (with arrival times). */
function timed(command, args) {
  return new Promise((resolve, reject) => {
    const timeFile = path.join(os.tmpdir(), `screen-content-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    let stderr = '';
    let pending = '';
    child.stdout.on('data', (chunk) => {
      const at = performance.now();
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop();
      for (const line of parts) lines.push({ at, line });
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', async (code) => {
      const wallS = (performance.now() - started) / 1000;
      const times = (await fsp.readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '';
      await fsp.rm(timeFile, { force: true });
      if (code !== 0) return reject(new Error(`${path.basename(command)} exited with ${code}: ${stderr.slice(-2000)}`));
      const [user, system] = times.split(' ').map(Number);
      resolve({ wallS, cpuS: user + system, lines, stderr, started });
    });
  });
}

/** The longest wall-clock time (s) between two increases of ffmpeg's out_time, from start to exit. */
function longestProgressStall(run) {
  let last = run.started;
  let lastOut = -1;
  let longest = 0;
  for (const { at, line } of run.lines) {
    const match = /^out_time_ms=(\d+)/.exec(line);
    if (!match) continue;
    const out = Number(match[1]);
    if (out > lastOut) {
      longest = Math.max(longest, at - last);
      last = at;
      lastOut = out;
    }
  }
  return Math.max(longest, run.started + run.wallS * 1000 - last) / 1000;
}

async function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`${path.basename(command)} exited with ${code}: ${stderr.slice(-2000)}`)),
    );
  });
}

await runMain(async () => {
  const machine = await describeMachine();
  const { tools } = machine;
  console.log('== screen content: every frame encoded against only the frames that changed ==');
  for (const line of machine.lines) console.log(line);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`load average before the run: ${load}`);

  const { buildMp4Args } = await importDist('media/transcode.js');
  const { makeScreenRecording } = await importDist('media/synthetic.js');
  const { quietScreenSceneGraph } = await importDist('media/quiet-screen-scene.js');
  const { probeMedia } = await importDist('media/probe.js');
  const { DEMO_MEDIA } = await importDist('demo/demo-catalog.js');

  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-bench-screen-'));
  onCleanup('temporary folder', () => fsp.rm(work, { recursive: true, force: true }));

  const { seconds, width, height, fps } = options;
  const inputs = [];
  let t = performance.now();
  const capture = path.join(work, 'screen-capture.mkv');
  await makeScreenRecording({ ffmpegPath: tools.ffmpegPath, output: capture, width, height, durationSeconds: seconds, fps, scene: 'quiet' });
  inputs.push({ name: `screen capture ${width}x${height} ${fps} fps ${seconds} s (H.264, lossy)`, file: capture, withAudio: false });
  const lossless = path.join(work, 'lossless-capture.mkv');
  const graph = quietScreenSceneGraph({ width, height, fps, variant: 0, durationSeconds: seconds });
  await run(tools.ffmpegPath, [
    '-hide_banner',
    '-loglevel',
    'error',
    '-filter_complex',
    graph,
    '-map',
    '[v]',
    '-t',
    String(seconds),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-qp',
    '0',
    lossless,
  ]);
  inputs.push({ name: `lossless capture ${width}x${height} ${fps} fps ${seconds} s (same screen)`, file: lossless, withAudio: false });
  if (options.demo) {
    for (const [variant, media] of DEMO_MEDIA.entries()) {
      const file = path.join(work, media.name);
      await makeScreenRecording({
        ffmpegPath: tools.ffmpegPath,
        output: file,
        width: media.width,
        height: media.height,
        durationSeconds: media.durationSeconds,
        withAudio: media.withAudio,
        variant,
      });
      inputs.push({ name: `demo ${media.name} ${media.width}x${media.height} ${media.durationSeconds} s`, file, withAudio: media.withAudio });
    }
  }
  console.log(`inputs generated in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);

  const results = [];
  for (const input of inputs) {
    const info = await probeMedia(tools.ffprobePath, input.file);
    const sourceFrames = await countFrames(tools, input.file);
    const changedFrames = await countChangedFrames(tools, input.file);
    const row = { input: input.name, durationSeconds: info.durationSeconds, sourceFrames, changedFrames, modes: {} };
    for (const mode of ['every frame', 'changed only']) {
      const output = path.join(work, `${path.basename(input.file)}.${mode === 'every frame' ? 'every' : 'changed'}.mp4`);
      const args = buildMp4Args({
        input: input.file,
        output,
        hasAudio: info.hasAudio,
        skipUnchangedFrames: mode === 'changed only',
        durationSeconds: info.durationSeconds,
      });
      t = performance.now();
      const encoded = await timed(tools.ffmpegPath, args);
      const out = await probeMedia(tools.ffprobePath, output);
      const { size } = await fsp.stat(output);
      const quality = await measureQuality(tools, output, input.file, await frameRate(tools, input.file));
      row.modes[mode] = {
        wallS: encoded.wallS,
        cpuS: encoded.cpuS,
        sizeBytes: size,
        encodedFrames: await countPackets(tools, output),
        durationSeconds: out.durationSeconds,
        ssim: quality.ssim,
        psnr: quality.psnr,
        longestProgressStallS: longestProgressStall(encoded),
      };
    }
    results.push(row);
    print(row);
  }

  console.log('\n== summary ==');
  console.log(
    '| input | source frames (changed) | wall every / changed | speed-up | CPU every / changed | CPU ratio | size every / changed | size ratio | frames encoded | SSIM every / changed | PSNR every / changed (dB) | duration Δ | longest progress stall |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    const a = r.modes['every frame'];
    const b = r.modes['changed only'];
    console.log(
      `| ${r.input} | ${r.sourceFrames} (${r.changedFrames}) | ${a.wallS.toFixed(2)} / ${b.wallS.toFixed(2)} s | **${(a.wallS / b.wallS).toFixed(2)}x** | ${a.cpuS.toFixed(2)} / ${b.cpuS.toFixed(2)} s | ${(a.cpuS / b.cpuS).toFixed(2)}x | ${kb(a.sizeBytes)} / ${kb(b.sizeBytes)} | ${(b.sizeBytes / a.sizeBytes).toFixed(2)} | ${a.encodedFrames} / ${b.encodedFrames} | ${a.ssim.toFixed(4)} / ${b.ssim.toFixed(4)} | ${a.psnr.toFixed(2)} / ${b.psnr.toFixed(2)} | ${(b.durationSeconds - r.durationSeconds).toFixed(3)} s | ${a.longestProgressStallS.toFixed(2)} / ${b.longestProgressStallS.toFixed(2)} s |`,
    );
  }
  const first = results[0];
  const speedup = first.modes['every frame'].wallS / first.modes['changed only'].wallS;
  console.log(
    `\ntarget: screen capture >= ${TARGET_SPEEDUP}x faster at equal quality: ${speedup.toFixed(2)}x, ΔSSIM ${(first.modes['changed only'].ssim - first.modes['every frame'].ssim).toFixed(4)}, ΔPSNR ${(first.modes['changed only'].psnr - first.modes['every frame'].psnr).toFixed(2)} dB`,
  );
  console.log(
    `load average after the run: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (options.json) await fsp.writeFile(options.json, JSON.stringify({ machine: machine.lines, results }, null, 2));
});

function kb(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

function print(row) {
  console.log(`${row.input}: ${row.sourceFrames} source frames, ${row.changedFrames} differ from the one before`);
  for (const [mode, m] of Object.entries(row.modes)) {
    console.log(
      `  ${mode.padEnd(12)} wall ${m.wallS.toFixed(2)} s, CPU ${m.cpuS.toFixed(2)} s, ${kb(m.sizeBytes)}, ${m.encodedFrames} frames, ${m.durationSeconds.toFixed(3)} s long, SSIM ${m.ssim.toFixed(4)}, PSNR ${m.psnr.toFixed(2)} dB, progress still for at most ${m.longestProgressStallS.toFixed(2)} s`,
    );
  }
}

async function frameRate(tools, file) {
  const { stdout } = await run(tools.ffprobePath, ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=r_frame_rate', '-of', 'csv=p=0', file]);
  return stdout.trim().split('\n')[0];
}

async function countPackets(tools, file) {
  const { stdout } = await run(tools.ffprobePath, [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-count_packets',
    '-show_entries',
    'stream=nb_read_packets',
    '-of',
    'csv=p=0',
    file,
  ]);
  return Number(stdout.trim());
}

async function countFrames(tools, file) {
  return countPackets(tools, file);
}

/** Decoded frames (yuv420p, even size, as the export sees them) that differ from the one before. */
async function countChangedFrames(tools, file) {
  const { stdout } = await run(tools.ffmpegPath, [
    '-hide_banner',
    '-loglevel',
    'error',
    '-i',
    file,
    '-map',
    '0:v:0',
    '-vf',
    'scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p',
    '-vsync',
    '0',
    '-f',
    'framemd5',
    '-',
  ]);
  const hashes = stdout
    .split('\n')
    .filter((l) => /^\d/.test(l))
    .map((l) => l.split(',')[5]?.trim());
  return hashes.filter((h, i) => i === 0 || h !== hashes[i - 1]).length;
}

async function measureQuality(tools, encoded, source, rate) {
  const { stderr } = await run(tools.ffmpegPath, [
    '-hide_banner',
    '-i',
    encoded,
    '-i',
    source,
    '-filter_complex',
    `[0:v]fps=${rate},split[a1][a2];[1:v]scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p,split[b1][b2];[a1][b1]ssim[s];[a2][b2]psnr[p]`,
    '-map',
    '[s]',
    '-f',
    'null',
    '-',
    '-map',
    '[p]',
    '-f',
    'null',
    '-',
  ]);
  const ssim = /SSIM .*All:([\d.]+)/.exec(stderr);
  const psnr = /PSNR .*average:([\d.]+|inf)/.exec(stderr);
  if (!ssim || !psnr) throw new Error(`no SSIM/PSNR in ffmpeg's output: ${stderr.slice(-1000)}`);
  return { ssim: Number(ssim[1]), psnr: psnr[1] === 'inf' ? Infinity : Number(psnr[1]) };
}
