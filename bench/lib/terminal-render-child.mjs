// Renders one terminal recording to MP4 exactly as an export does (renderTerminalToMp4), in a
// process of its own so that its peak memory is the renderer's alone. Started by
// terminal-render.mjs with one JSON argument; answers with one JSON message over IPC.
import { importDist } from './paths.mjs';
import { ChildWatcher } from './proc.mjs';

const job = JSON.parse(process.argv[2]);
const { renderTerminalToMp4 } = await importDist('terminal/render-to-mp4.js');
// ffmpeg is this process's child: its peak memory is sampled from /proc every 100 ms while it runs
// (not more often: the sampling runs in the measured process).
const watcher = new ChildWatcher(process.pid, 100);
const started = performance.now();
try {
  const result = await renderTerminalToMp4({
    ffmpegPath: job.ffmpegPath,
    input: job.input,
    output: job.output,
    maxCols: job.maxCols,
    maxRows: job.maxRows,
    durationSeconds: job.durationSeconds,
    render: job.render,
  });
  const wallMs = performance.now() - started;
  watcher.sample();
  watcher.stop();
  const ffmpeg = watcher.children('ffmpeg')[0];
  process.send(
    {
      ok: true,
      wallMs,
      width: result.width,
      height: result.height,
      sizeBytes: result.outputSizeBytes,
      args: result.arguments,
      stats: result.stats,
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
