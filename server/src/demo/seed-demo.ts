import { spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PasswordHasher } from '../auth/password-hash.js';
import { User } from '../auth/user.entity.js';
import { recordingInputArgs } from '../media/input-whitelist.js';
import type { MediaTools } from '../media/media-tools.js';
import { makeScreenRecording } from '../media/synthetic.js';
import { ImportService } from '../recordings/import.service.js';
import { Recording } from '../recordings/recording.entity.js';
import type { ObjectStore } from '../storage/object-store.js';
import { writeTerminalSession } from '../terminal/synthetic/index.js';
import { DEMO_MEDIA, DEMO_TERMINAL_SESSIONS, DEMO_USERS, demoRecordings } from './demo-catalog.js';
import type { Log } from '../common/log.js';

const DEMO_RECORDING_COUNT = 36;
/** Demo recordings are imported by the first start itself. */
const DEMO_IMPORTER = { id: null, name: 'demo data (first start)', clientAddress: null };

/** Copies the streams into a new file with a distinguishing tag, so each catalog entry has its own bytes. */
function retag(ffmpegPath: string, input: string, output: string, tag: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      ffmpegPath,
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-nostdin',
        '-y',
        ...recordingInputArgs(),
        '-i',
        input,
        '-map',
        '0',
        '-c',
        'copy',
        '-metadata',
        `comment=${tag}`,
        output,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg could not copy ${input}: ${stderr.trim()}`))));
  });
}

/**
 * Fills an empty catalog with realistic recordings made by ffmpeg, and adds one user per role,
 * so that the first screen a newcomer sees has something to search and export.
 */
export async function seedDemoData(em: EntityManager, tools: MediaTools, recordings: ObjectStore, passwords: PasswordHasher, log: Log): Promise<boolean> {
  const fork = em.fork();
  if ((await fork.count(Recording, {})) > 0) return false;
  log(`creating demo data: ${DEMO_RECORDING_COUNT} recordings from ${DEMO_MEDIA.length} generated screen captures`);
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-demo-'));
  try {
    const masters = await Promise.all(
      DEMO_MEDIA.map(async (media, variant) => {
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
        return file;
      }),
    );
    const importer = new ImportService(fork, tools.ffprobePath, recordings);
    const catalog = demoRecordings(DEMO_RECORDING_COUNT, new Date());
    for (const [index, entry] of catalog.entries()) {
      const master = masters[entry.media]!;
      const copy = path.join(work, `${index}-${path.basename(master)}`);
      await retag(tools.ffmpegPath, master, copy, `demo recording ${index + 1}`);
      const { media: _media, ...metadata } = entry;
      const outcome = await importer.importFile(copy, { by: DEMO_IMPORTER, metadata, move: true });
      if (outcome.status === 'skipped') throw new Error(`demo recording ${copy} was not imported: ${outcome.reason}`);
    }
    await seedTerminalSessions(importer, work, log);
    for (const user of DEMO_USERS) {
      if (await fork.count(User, { username: user.username })) continue;
      fork.create(User, { username: user.username, passwordHash: await passwords.hash(user.password), roles: [...user.roles] });
    }
    await fork.flush();
    return true;
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}

/** Writes the demo SSH sessions and imports them like any recording, with their sidecar metadata. */
async function seedTerminalSessions(importer: ImportService, work: string, log: Log): Promise<void> {
  const started = performance.now();
  const now = Date.now();
  for (const session of DEMO_TERMINAL_SESSIONS) {
    const file = path.join(work, session.name);
    const startedAt = new Date(now - session.hoursAgo * 3600_000);
    await writeTerminalSession(file, {
      seed: session.seed,
      durationSeconds: session.durationSeconds,
      version: session.version,
      gzip: session.gzip,
      scenes: session.scenes,
      user: session.userName,
      host: session.serverName,
      timestamp: startedAt.getTime() / 1000,
    });
    const { userName, serverName, clientName, clientIp, applications, restricted } = session;
    const metadata = { userName, serverName, clientName, clientIp, applications, restricted, protocol: 'SSH', startedAt: startedAt.toISOString() };
    const outcome = await importer.importFile(file, { by: DEMO_IMPORTER, metadata, move: true });
    if (outcome.status === 'skipped') throw new Error(`demo terminal session ${session.name} was not imported: ${outcome.reason}`);
  }
  log(`created ${DEMO_TERMINAL_SESSIONS.length} demo terminal sessions in ${Math.round(performance.now() - started)} ms`);
}
