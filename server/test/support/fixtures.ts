import fsp from 'node:fs/promises';
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

/** Writes screen-like recordings made by the real ffmpeg, each with its sidecar metadata. */
export async function writeFixtures(dir: string, specs: FixtureSpec[]): Promise<string[]> {
  const { ffmpegPath } = await mediaTools();
  await fsp.mkdir(dir, { recursive: true });
  return Promise.all(
    specs.map(async (spec, variant) => {
      const file = path.join(dir, spec.name);
      await makeScreenRecording({
        ffmpegPath,
        output: file,
        width: spec.width,
        height: spec.height,
        durationSeconds: spec.durationSeconds,
        fps: spec.fps,
        withAudio: spec.withAudio,
        variant,
      });
      await fsp.writeFile(`${file}.json`, JSON.stringify(spec.metadata));
      return file;
    }),
  );
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
