import { pipeline } from 'node:stream';
import { constants, createGunzip } from 'node:zlib';
import { type ByteSource, byteSource } from '../common/byte-source.js';
import { GuacamoleError } from './guacamole-error.js';
import { type GuacamoleInstruction, type GuacamoleTruncation, InstructionParser } from './instruction-parser.js';

/** Bytes read from the file at once: large reads keep a gigabyte recording to a thousand reads. */
const READ_BYTES = 1024 * 1024;
const GUNZIP_CHUNK_BYTES = 256 * 1024;
/** How much of the start is read to recognise a recording. */
const HEAD_BYTES = 16 * 1024;

function isGzip(start: Buffer): boolean {
  return start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b;
}

/**
 * The protocol stream's bytes: gunzipped when the file starts like gzip, whatever its name. A
 * gzip file cut off while it was being written is read as far as it goes (sync flush), like a
 * plain one; corrupt gzip data is an error. A gzip bomb gives at most about a thousand times its
 * size, which the reader goes through without holding.
 */
async function* streamBytes(source: ByteSource, gzip: boolean): AsyncGenerator<Buffer> {
  const raw = await source.stream({ highWaterMark: READ_BYTES });
  const gunzip = gzip ? createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES, finishFlush: constants.Z_SYNC_FLUSH }) : undefined;
  // pipeline() listens for errors on both ends and destroys both; the loop below sees them.
  if (gunzip) pipeline(raw, gunzip, () => undefined);
  const stream = gunzip ?? raw;
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } finally {
    // Closes the file when the reader stops early.
    stream.destroy();
    raw.destroy();
  }
}

function readFailure(error: unknown, parser: InstructionParser): GuacamoleError {
  if (error instanceof GuacamoleError) return error;
  const { code, message = String(error) } = error instanceof Error ? (error as NodeJS.ErrnoException) : {};
  const reason = code?.startsWith('Z_') ? `the gzip data is corrupt (${message})` : `the file cannot be read (${code ?? message})`;
  return new GuacamoleError(reason, parser.bytes, parser.instructions + 1);
}

/**
 * Reads a recording once, in batches of instructions (one batch per chunk read), so that a
 * consumer may await between batches while no more than a chunk and one instruction is held.
 * Every failure is a GuacamoleError; `truncated` is known once the batches are done.
 */
export class GuacamoleReader {
  private readonly parser = new InstructionParser();
  private cutOff: GuacamoleTruncation | null = null;
  private finished = false;

  private constructor(
    private readonly source: ByteSource,
    readonly gzip: boolean,
  ) {}

  static async open(file: string | ByteSource): Promise<GuacamoleReader> {
    const source = byteSource(file);
    const start = await source.start(2).catch((error: unknown) => {
      throw readFailure(error, new InstructionParser());
    });
    return new GuacamoleReader(source, isGzip(start));
  }

  /** Where the recording was cut off, once every batch was read; null when it ends cleanly. */
  get truncated(): GuacamoleTruncation | null {
    if (!this.finished) throw new Error('The recording has not been read to its end yet');
    return this.cutOff;
  }

  /** Bytes of the protocol stream read so far. */
  get bytesRead(): number {
    return this.parser.bytes;
  }

  async *batches(): AsyncGenerator<GuacamoleInstruction[]> {
    const parser = this.parser;
    let batch: GuacamoleInstruction[] = [];
    const collect = (instruction: GuacamoleInstruction) => {
      batch.push(instruction);
    };
    try {
      for await (const chunk of streamBytes(this.source, this.gzip)) {
        parser.push(chunk, collect);
        if (batch.length > 0) {
          const ready = batch;
          batch = [];
          yield ready;
        }
      }
    } catch (error) {
      throw readFailure(error, parser);
    }
    if (parser.bytes === 0) throw new GuacamoleError('the file is empty', 0, 1);
    this.cutOff = parser.end();
    this.finished = true;
  }
}

const OPENING = /^(\d{1,3})\.([a-z][a-z0-9-]*)[,;]/;

/**
 * True when the file's first bytes (gunzipped when gzip) are Guacamole instructions: an opcode
 * whose stated length is right, then nothing that breaks the framing in the first 16 KiB. Read
 * from the content, never the name. Asciicast starts with '{' and video containers with binary
 * magic, so neither can pass; a gzip file is looked into, as both kinds may be gzipped.
 */
export async function startsLikeGuacamole(file: string | ByteSource): Promise<boolean> {
  const source = byteSource(file);
  try {
    const gzip = isGzip(await source.start(2));
    const parts: Buffer[] = [];
    let length = 0;
    for await (const chunk of streamBytes(source, gzip)) {
      parts.push(chunk);
      length += chunk.length;
      if (length >= HEAD_BYTES) break;
    }
    const head = Buffer.concat(parts).subarray(0, HEAD_BYTES);
    const opening = OPENING.exec(head.toString('latin1', 0, 64));
    if (!opening || Number(opening[1]) !== opening[2]!.length) return false;
    // The rest of the head must frame too; the last instruction may be cut by the 16 KiB.
    new InstructionParser().push(head, () => undefined);
    return true;
  } catch {
    return false;
  }
}
