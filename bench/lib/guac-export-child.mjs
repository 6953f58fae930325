// Exports one Guacamole recording to MP4 exactly as an export does (renderGuacamoleToMp4), in a
// process of its own so that its peak memory is the renderer's alone. Started by guac-export.mjs
// with one JSON argument; answers with one JSON message over IPC.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { importDist } from './paths.mjs';
import { ChildWatcher } from './proc.mjs';

const job = JSON.parse(process.argv[2]);
// job.dist: another build of the server (the code before a change), measured the same way.
const { renderGuacamoleToMp4, summarizeGuacamole } = job.dist
  ? await import(pathToFileURL(path.join(job.dist, 'guacamole/index.js')).href)
  : await importDist('guacamole/index.js');
// ffmpeg is this process's child: its peak memory and CPU are sampled from /proc every 100 ms.
const watcher = new ChildWatcher(process.pid, 100);
try {
  const summaryStarted = performance.now();
  const summary = await summarizeGuacamole(job.input);
  const summaryMs = performance.now() - summaryStarted;
  const started = performance.now();
  const result = await renderGuacamoleToMp4({
    ffmpegPath: job.ffmpegPath,
    input: job.input,
    output: job.output,
    width: summary.width,
    height: summary.height,
    durationSeconds: summary.durationSeconds,
    firstTimestampMs: summary.firstTimestampMs,
    keysRecorded: summary.keysRecorded,
    render: job.render,
  });
  const wallMs = performance.now() - started;
  watcher.sample();
  watcher.stop();
  const ffmpeg = watcher.children('ffmpeg')[0];
  const { counts, ...stats } = result.stats;
  process.send(
    {
      ok: true,
      summaryMs,
      wallMs,
      durationSeconds: summary.durationSeconds,
      width: result.width,
      height: result.height,
      sizeBytes: result.outputSizeBytes,
      subtitleCues: result.subtitleCues,
      stats,
      maxRssKb: process.resourceUsage().maxRSS,
      cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
      ffmpegHwmKb: ffmpeg?.hwmKb,
      ffmpegCpuMs: ffmpeg?.cpuMs,
    },
    () => process.disconnect(),
  );
} catch (error) {
  watcher.stop();
  process.send({ ok: false, error: error?.stack ?? String(error) }, () => process.disconnect());
}
