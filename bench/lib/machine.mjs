import os from 'node:os';
import { importDist } from './paths.mjs';

/** What the figures depend on: CPU, Node, ffmpeg. Printed at the top of every benchmark. */
export async function describeMachine() {
  const { locateMediaTools } = await importDist('media/media-tools.js');
  const tools = await locateMediaTools();
  const cpus = os.cpus();
  return {
    tools,
    lines: [
      `date: ${new Date().toISOString()}`,
      `machine: ${os.availableParallelism()} cores (${cpus[0]?.model?.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
      `node: ${process.version}`,
      `ffmpeg: ${tools.ffmpegVersion} from ${tools.ffmpegSource}`,
      `ffprobe: ${tools.ffprobeVersion} from ${tools.ffprobeSource}`,
    ],
  };
}
