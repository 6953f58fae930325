import { createHash, randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { locateMediaTools, type MediaTools } from '../../src/media/media-tools.js';
import { makeScreenRecording, writeCorruptFile } from '../../src/media/synthetic.js';
import { graphql } from '../gql/index.js';

export interface FixtureSpec {
  name: string;
  width: number;
  height: number;
  durationSeconds: number;
  fps?: number;
  withAudio: boolean;
  metadata: Record<string, unknown>;
}

let tools: Promise<MediaTools> | null = null;
export function mediaTools(): Promise<MediaTools> {
  tools ??= locateMediaTools();
  return tools;
}

/**
 * A recording whose export runs for several seconds, for tests that act while one runs (cancel,
 * kill a worker). Written first in its folder, so that every such test shares one cached file.
 */
export function longRecording(userName: string): FixtureSpec {
  return { name: 'long.mkv', width: 1280, height: 720, durationSeconds: 30, fps: 30, withAudio: true, metadata: { userName } };
}

/** Writes screen-like recordings made by the real ffmpeg, each with its sidecar metadata. */
export async function writeFixtures(dir: string, specs: FixtureSpec[]): Promise<string[]> {
  await fsp.mkdir(dir, { recursive: true });
  return Promise.all(
    specs.map(async (spec, variant) => {
      const file = path.join(dir, spec.name);
      // A name may hold folders (import/nested/deeper/ssh.mkv).
      await fsp.mkdir(path.dirname(file), { recursive: true });
      await fsp.copyFile(await cachedRecording(spec, variant), file);
      await fsp.writeFile(`${file}.json`, JSON.stringify(spec.metadata));
      return file;
    }),
  );
}

/*
 * ffmpeg writes the same bytes for the same options (makeScreenRecording asks it for bitexact
 * output), and many files ask for the same recordings (every fault test, in both database modes,
 * the same pair), so each distinct one is made once and copied: into a cache under the temporary
 * folder, keyed by the options, the ffmpeg binary and the code that builds ffmpeg's arguments, so
 * that a change to any of them makes new files. A copy is what a fresh ffmpeg run would have
 * written; the file name and the metadata, which differ between tests, are not part of it. A file
 * is touched when used, and files unused for CACHE_DAYS are removed, so the cache holds what the
 * current code asks for and no more.
 */
const CACHE_DAYS = 7;
const CACHE_DIR = path.join(os.tmpdir(), 'custodian-test-recordings');
const SYNTHETIC_SOURCES = ['synthetic.ts', 'screen-scene.ts', 'quiet-screen-scene.ts'].map((name) =>
  path.resolve(import.meta.dirname, '../../src/media', name),
);
const made = new Map<string, Promise<string>>();
let generation: Promise<string> | null = null;

/** What the cached files depend on besides the options: the ffmpeg binary and the scene code. */
function generationKey(): Promise<string> {
  generation ??= (async () => {
    const { ffmpegPath } = await mediaTools();
    const hash = createHash('sha256');
    const binary = await fsp.stat(ffmpegPath);
    hash.update(`${await fsp.realpath(ffmpegPath)}\0${binary.size}\0${binary.mtimeMs}\0`);
    for (const source of SYNTHETIC_SOURCES) hash.update(await fsp.readFile(source));
    await pruneCache();
    return hash.digest('hex');
  })();
  return generation;
}

async function cachedRecording(spec: FixtureSpec, variant: number): Promise<string> {
  const options = {
    extension: path.extname(spec.name).toLowerCase(),
    width: spec.width,
    height: spec.height,
    durationSeconds: spec.durationSeconds,
    fps: spec.fps,
    withAudio: spec.withAudio,
    variant,
  };
  const key = createHash('sha256')
    .update(`${await generationKey()}\0${JSON.stringify(options)}`)
    .digest('hex');
  const cached = path.join(CACHE_DIR, `${key}${options.extension}`);
  let making = made.get(cached);
  if (!making) {
    making = (async () => {
      const present = await fsp
        .access(cached)
        .then(() => true)
        .catch(() => false);
      if (present) {
        const now = new Date();
        await fsp.utimes(cached, now, now);
        return cached;
      }
      // Made under a name of its own, then renamed: another test process may be making it too.
      const partial = path.join(CACHE_DIR, `${key}.${process.pid}.${randomBytes(4).toString('hex')}${options.extension}`);
      const { ffmpegPath } = await mediaTools();
      try {
        const { width, height, durationSeconds, fps, withAudio } = spec;
        await makeScreenRecording({ ffmpegPath, output: partial, width, height, durationSeconds, fps, withAudio, variant });
        await fsp.rename(partial, cached);
      } finally {
        await fsp.rm(partial, { force: true });
      }
      return cached;
    })();
    made.set(cached, making);
    making.catch(() => made.delete(cached));
  }
  return making;
}

/** Removes cached recordings nobody used for CACHE_DAYS (made by older code, or by options no test asks for now). */
async function pruneCache(): Promise<void> {
  await fsp.mkdir(CACHE_DIR, { recursive: true });
  const oldest = Date.now() - CACHE_DAYS * 24 * 3600_000;
  for (const name of await fsp.readdir(CACHE_DIR)) {
    const file = path.join(CACHE_DIR, name);
    const stat = await fsp.stat(file).catch(() => null);
    if (stat && stat.mtimeMs < oldest) await fsp.rm(file, { force: true });
  }
}

export async function writeCorruptFixture(dir: string, name: string, metadata: Record<string, unknown>): Promise<string> {
  const file = path.join(dir, name);
  await writeCorruptFile(file);
  await fsp.writeFile(`${file}.json`, JSON.stringify(metadata));
  return file;
}

/*
 * Selections many tests read, as fragments: a document that spreads `...RecordingFields` or
 * `...TaskFields` gets these fields in its result type (codegen adds the fragment to it).
 */
export const RECORDING_FIELDS = graphql(`
  fragment RecordingFields on Recording {
    id userName serverName clientName clientIp applications protocol startedAt durationSeconds sizeBytes format width height hasAudio restricted sourceSha256
  }
`);
export const TASK_FIELDS = graphql(`
  fragment TaskFields on ExportTask {
    id status progress reason attempts error taskServiceHost outputSha256 outputSizeBytes outputDurationSeconds downloadUrl fileName requestedAt startedAt finishedAt
    requestedBy { username }
    recording { id userName durationSeconds hasAudio }
  }
`);
