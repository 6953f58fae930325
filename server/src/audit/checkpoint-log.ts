import fs from 'node:fs/promises';
import path from 'node:path';
import { type CheckpointLogEntry, formatLogLine, parseLogLine } from './checkpoint-log-entry.js';

/** One line of the log: a checkpoint, or why it is not one. Lines count from 1. */
export type LogLine = { line: number; entry: CheckpointLogEntry } | { line: number; error: string };

/** The log as read, or why this process cannot read it (write-only storage, say). */
export type LogRead = { readable: true; lines: LogLine[] } | { readable: false; reason: string };

/** The newest checkpoint of the log (null for an empty or absent log), or why it cannot be read. */
export type LogTail = { readable: true; entry: CheckpointLogEntry | null } | { readable: false; reason: string };

// Enough for dozens of lines: the newest checkpoint is found without reading years of log.
const TAIL_BYTES = 64 * 1024;

/**
 * The checkpoint log: every signed checkpoint, one JSON line each, in a file outside PostgreSQL
 * (by default `<data dir>/audit/checkpoints.log`; CUSTODIAN_CHECKPOINT_LOG points it at
 * write-once storage or another host's mount). Someone who controls the database can rewrite the
 * chain and its checkpoints there, but not the lines already written here.
 *
 * The file is only ever opened for appending (O_APPEND), and each append is synced to storage
 * before it returns. See writeCheckpoint for the order of the log line and the database row.
 */
export class CheckpointLog {
  constructor(readonly file: string) {}

  /** Appends the checkpoints in one write and syncs it; throws when either fails. */
  async append(entries: CheckpointLogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const created = !(await exists(this.file));
    // A line torn by an earlier failed append must not swallow this one.
    const text = ((await this.endsMidLine()) ? '\n' : '') + entries.map(formatLogLine).join('');
    const handle = await fs.open(this.file, 'a', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A new file's name is durable only once its folder is synced too.
    if (created) await syncFolder(path.dirname(this.file));
  }

  async read(): Promise<LogRead> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { readable: true, lines: [] };
      return { readable: false, reason: reasonOf(error) };
    }
    return { readable: true, lines: splitLines(text, 1) };
  }

  /** The last line that is a checkpoint, read from the end of the file. */
  async last(): Promise<LogTail> {
    let tail: { text: string; whole: boolean };
    try {
      tail = await this.tail();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { readable: true, entry: null };
      return { readable: false, reason: reasonOf(error) };
    }
    // Unless the file was read from its start, the first piece may be the end of a longer line.
    const found = lastEntry(splitLines(tail.whole ? tail.text : tail.text.slice(tail.text.indexOf('\n') + 1), 0));
    if (found || tail.whole) return { readable: true, entry: found };
    // No checkpoint in the last bytes: look through the whole file.
    const all = await this.read();
    return all.readable ? { readable: true, entry: lastEntry(all.lines) } : all;
  }

  private async tail(): Promise<{ text: string; whole: boolean }> {
    const handle = await fs.open(this.file, 'r');
    try {
      const { size } = await handle.stat();
      const start = Math.max(0, size - TAIL_BYTES);
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      return { text: buffer.toString('utf8'), whole: start === 0 };
    } finally {
      await handle.close();
    }
  }

  private async endsMidLine(): Promise<boolean> {
    try {
      const handle = await fs.open(this.file, 'r');
      try {
        const { size } = await handle.stat();
        if (size === 0) return false;
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        return last[0] !== 0x0a;
      } finally {
        await handle.close();
      }
    } catch {
      // Absent, or storage this process may append to but not read: nothing to mend.
      return false;
    }
  }
}

function splitLines(text: string, firstLine: number): LogLine[] {
  const pieces = text.split('\n');
  // The text of a well-formed log ends with a newline, which leaves an empty last piece.
  if (pieces.at(-1) === '') pieces.pop();
  return pieces.map((piece, i) => {
    const line = firstLine + i;
    const parsed = parseLogLine(piece);
    return 'error' in parsed ? { line, error: parsed.error } : { line, entry: parsed };
  });
}

function lastEntry(lines: LogLine[]): CheckpointLogEntry | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if ('entry' in line) return line.entry;
  }
  return null;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network mounts among them) cannot sync a folder; the file itself is synced.
    if (!['EINVAL', 'ENOTSUP', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

/** The error's code (EACCES, EISDIR, ...): enough to act on, without the server's paths. */
function reasonOf(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code ?? message;
}
