import { constants as fsConstants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runTool } from './run-tool.js';

export interface MediaTools {
  ffmpegPath: string;
  ffprobePath: string;
  /** Where ffmpeg came from, for people: "FFMPEG_PATH (/x/ffmpeg)", "system (/usr/bin/ffmpeg)", ... */
  ffmpegSource: string;
  ffprobeSource: string;
  /** The token after "ffmpeg version": "5.1.6-0+deb12u1", or "N-47683-g0e8eb07980-static" for git builds. */
  ffmpegVersion: string;
  /** Reported too because the npm packages ship ffmpeg and ffprobe from different years. */
  ffprobeVersion: string;
}

type ToolName = 'ffmpeg' | 'ffprobe';

interface ToolSpec {
  name: ToolName;
  envVar: string;
  npmPackage: string;
}

const SPECS: Record<ToolName, ToolSpec> = {
  ffmpeg: { name: 'ffmpeg', envVar: 'FFMPEG_PATH', npmPackage: '@ffmpeg-installer/ffmpeg' },
  ffprobe: { name: 'ffprobe', envVar: 'FFPROBE_PATH', npmPackage: '@ffprobe-installer/ffprobe' },
};

interface Located {
  path: string;
  source: string;
  version: string;
}

/**
 * Finds working ffmpeg and ffprobe binaries: an explicit path setting first, then a binary on
 * PATH, then the one shipped in the npm package. An explicit setting that does not work is an
 * error rather than a quiet fallback, so a typo cannot silently swap the encoder under evidence.
 */
export async function locateMediaTools(env: NodeJS.ProcessEnv = process.env): Promise<MediaTools> {
  const [ffmpeg, ffprobe] = await Promise.all([locate(SPECS.ffmpeg, env), locate(SPECS.ffprobe, env)]);
  return {
    ffmpegPath: ffmpeg.path,
    ffprobePath: ffprobe.path,
    ffmpegSource: ffmpeg.source,
    ffprobeSource: ffprobe.source,
    ffmpegVersion: ffmpeg.version,
    ffprobeVersion: ffprobe.version,
  };
}

/** One line for the start-up log. */
export function describeMediaTools(tools: MediaTools): string {
  return `ffmpeg ${tools.ffmpegVersion} from ${tools.ffmpegSource}; ffprobe ${tools.ffprobeVersion} from ${tools.ffprobeSource}`;
}

async function locate(spec: ToolSpec, env: NodeJS.ProcessEnv): Promise<Located> {
  const explicit = env[spec.envVar]?.trim();
  if (explicit) {
    const check = await readVersion(spec.name, explicit);
    if ('problem' in check) {
      throw new Error(
        `${spec.envVar} is set to "${explicit}", but that is not a working ${spec.name}: ${check.problem}. ` +
          `Point ${spec.envVar} at a working ${spec.name} binary, or unset it to use the system or bundled one.`,
      );
    }
    return { path: explicit, source: `${spec.envVar} (${explicit})`, version: check.version };
  }

  const tried: string[] = [];
  const onPath = await findOnPath(spec.name, env);
  if (onPath.length === 0) tried.push(`no ${spec.name} on PATH`);
  for (const candidate of onPath) {
    const check = await readVersion(spec.name, candidate);
    if ('version' in check) return { path: candidate, source: `system (${candidate})`, version: check.version };
    tried.push(`${candidate}: ${check.problem}`);
  }

  const bundled = bundledPath(spec.npmPackage);
  if ('path' in bundled) {
    const check = await readVersion(spec.name, bundled.path);
    if ('version' in check) {
      return { path: bundled.path, source: `npm package ${spec.npmPackage} (${bundled.path})`, version: check.version };
    }
    tried.push(`${bundled.path} from ${spec.npmPackage}: ${check.problem}`);
  } else {
    tried.push(`npm package ${spec.npmPackage}: ${bundled.problem}`);
  }

  throw new Error(`No working ${spec.name} found (${tried.join('; ')}). Install ${spec.name} or set ${spec.envVar} to its path.`);
}

/** Executable files named like the tool in the PATH folders, in PATH order. */
async function findOnPath(name: ToolName, env: NodeJS.ProcessEnv): Promise<string[]> {
  const fileName = process.platform === 'win32' ? `${name}.exe` : name;
  const folders = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter((dir) => dir !== '');
  const found: string[] = [];
  for (const dir of folders) {
    const candidate = path.resolve(dir, fileName);
    try {
      if (!(await stat(candidate)).isFile()) continue;
      await access(candidate, fsConstants.X_OK);
      if (!found.includes(candidate)) found.push(candidate);
    } catch {
      // Not here, or not executable: keep looking.
    }
  }
  return found;
}

function bundledPath(packageName: string): { path: string } | { problem: string } {
  try {
    const require = createRequire(import.meta.url);
    const loaded = require(packageName) as { path?: unknown };
    if (typeof loaded.path === 'string' && loaded.path !== '') return { path: loaded.path };
    return { problem: 'it exports no binary path' };
  } catch (error) {
    // These packages throw plain strings for unsupported platforms.
    return { problem: error instanceof Error ? (error.message.split('\n')[0] ?? String(error)) : String(error) };
  }
}

/** Runs `<binary> -version` and reads the version token from its first line. */
async function readVersion(name: ToolName, binary: string): Promise<{ version: string } | { problem: string }> {
  const result = await runTool(binary, ['-version'], { timeoutMs: 15_000, stderrLines: 3 });
  if (result.spawnError) return { problem: `cannot run it (${result.spawnError.code ?? result.spawnError.message})` };
  if (result.stoppedBy === 'timeout') return { problem: '"-version" did not answer within 15 s' };
  if (result.exitCode !== 0) {
    const said = result.stderrLines.at(-1);
    return { problem: `"-version" exited with code ${result.exitCode ?? result.exitSignal}${said ? ` (${said})` : ''}` };
  }
  const firstLine = result.stdout.split('\n', 1)[0] ?? '';
  const match = new RegExp(`^${name} version (\\S+)`).exec(firstLine.trim());
  if (!match?.[1]) return { problem: `"-version" printed "${firstLine.slice(0, 80)}", not an ${name} version` };
  return { version: match[1] };
}
