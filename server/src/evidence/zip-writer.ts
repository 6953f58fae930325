import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { crc32 } from 'node:zlib';

const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;
/** General purpose flags: sizes and CRC follow the data (bit 3); names are UTF-8 (bit 11). */
const FLAGS = 0x0808;
const VERSION_ZIP64 = 45;
const VERSION_PLAIN = 20;
/** "Made by" Unix, so the external attributes below are read as file modes. */
const MADE_BY_UNIX = 3 << 8;

interface CentralEntry {
  name: Buffer;
  crc: number;
  size: number;
  offset: number;
  dosTime: number;
  dosDate: number;
  zip64: boolean;
}

export interface ZipWriterOptions {
  /** Entries at least this large (or starting beyond it) use zip64 fields. Lowered only by tests. */
  zip64Threshold?: number;
}

/**
 * Writes a ZIP archive of stored (uncompressed) entries straight to a stream, one entry after
 * another, never holding a file in memory. MP4s do not compress, so storing costs nothing, and
 * the CRC is computed while the bytes pass. Entries and archives beyond 4 GiB use zip64.
 */
export class ZipWriter {
  private offset = 0;
  private readonly entries: CentralEntry[] = [];
  private readonly zip64Threshold: number;

  constructor(
    private readonly out: Writable,
    options: ZipWriterOptions = {},
  ) {
    this.zip64Threshold = options.zip64Threshold ?? MAX_32;
  }

  /** Adds a small entry held in memory (a manifest, a key, a README). */
  async addBuffer(name: string, data: Buffer | string, modifiedAt = new Date()): Promise<void> {
    const bytes = Buffer.from(data);
    await this.addEntry(name, bytes.length, modifiedAt, async () => {
      await this.write(bytes);
      return { crc: crc32(bytes), size: bytes.length };
    });
  }

  /** Streams a file of `expectedSize` bytes into the archive; its real size is what gets recorded. */
  addFile(name: string, file: string, expectedSize: number, modifiedAt = new Date()): Promise<void> {
    // Opened only once its header is written, so that nothing can fail on it unread.
    return this.addChunks(name, () => createReadStream(file, { highWaterMark: 1 << 20 }), expectedSize, modifiedAt);
  }

  /** Streams `expectedSize` bytes (a stored object being read) into the archive; its real size is what gets recorded. */
  addStream(name: string, source: AsyncIterable<unknown>, expectedSize: number, modifiedAt = new Date()): Promise<void> {
    return this.addChunks(name, () => source, expectedSize, modifiedAt);
  }

  private async addChunks(name: string, open: () => AsyncIterable<unknown>, expectedSize: number, modifiedAt: Date): Promise<void> {
    await this.addEntry(name, expectedSize, modifiedAt, async () => {
      let crc = 0;
      let size = 0;
      for await (const chunk of open()) {
        const bytes = chunk as Buffer;
        crc = crc32(bytes, crc);
        size += bytes.length;
        await this.write(bytes);
      }
      return { crc, size };
    });
  }

  /** Writes the central directory; the archive is complete when this resolves. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) await this.write(centralHeader(entry, this.zip64Threshold));
    const size = this.offset - start;
    const count = this.entries.length;
    if (count >= MAX_16 || start >= this.zip64Threshold || size >= this.zip64Threshold) {
      const recordAt = this.offset;
      await this.write(zip64EndRecord(count, size, start));
      await this.write(zip64Locator(recordAt));
      await this.write(endRecord(MAX_16, MAX_32, MAX_32));
    } else {
      await this.write(endRecord(count, size, start));
    }
  }

  private async addEntry(name: string, expectedSize: number, modifiedAt: Date, body: () => Promise<{ crc: number; size: number }>): Promise<void> {
    if (!name || name.startsWith('/') || name.split('/').includes('..')) throw new TypeError(`Unsafe entry name "${name}"`);
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    // A file may grow after it was measured, so leave room before 4 GiB rather than guess exactly.
    const zip64 = expectedSize >= this.zip64Threshold - (1 << 24) || offset >= this.zip64Threshold;
    const { dosTime, dosDate } = dosDateTime(modifiedAt);
    await this.write(localHeader(nameBytes, dosTime, dosDate, zip64));
    const { crc, size } = await body();
    if (!zip64 && size >= MAX_32) throw new Error(`${name} grew beyond 4 GiB while it was being archived`);
    await this.write(dataDescriptor(crc, size, zip64));
    this.entries.push({ name: nameBytes, crc, size, offset, dosTime, dosDate, zip64 });
  }

  /** Writes with backpressure, and fails at once when the reader has gone away. */
  private async write(bytes: Buffer): Promise<void> {
    if (this.out.destroyed || this.out.writableEnded) throw new Error('The archive stream was closed before the archive was complete');
    this.offset += bytes.length;
    if (this.out.write(bytes)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        this.out.off('drain', onDrain);
        this.out.off('close', onClose);
        this.out.off('error', done);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = () => done();
      const onClose = () => done(new Error('The archive stream was closed before the archive was complete'));
      this.out.on('drain', onDrain);
      this.out.on('close', onClose);
      this.out.on('error', done);
    });
  }
}

function localHeader(name: Buffer, dosTime: number, dosDate: number, zip64: boolean): Buffer {
  const extra = zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
  if (zip64) {
    // Sizes are in the data descriptor; the zip64 field says that descriptor has 8-byte sizes.
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
  }
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_PLAIN, 4);
  header.writeUInt16LE(FLAGS, 6);
  header.writeUInt16LE(0, 8); // stored
  header.writeUInt16LE(dosTime, 10);
  header.writeUInt16LE(dosDate, 12);
  header.writeUInt32LE(0, 14); // CRC follows the data
  header.writeUInt32LE(zip64 ? MAX_32 : 0, 18);
  header.writeUInt32LE(zip64 ? MAX_32 : 0, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(extra.length, 28);
  return Buffer.concat([header, name, extra]);
}

function dataDescriptor(crc: number, size: number, zip64: boolean): Buffer {
  const buffer = Buffer.alloc(zip64 ? 24 : 16);
  buffer.writeUInt32LE(0x08074b50, 0);
  buffer.writeUInt32LE(crc >>> 0, 4);
  if (zip64) {
    buffer.writeBigUInt64LE(BigInt(size), 8);
    buffer.writeBigUInt64LE(BigInt(size), 16);
  } else {
    buffer.writeUInt32LE(size, 8);
    buffer.writeUInt32LE(size, 12);
  }
  return buffer;
}

function centralHeader(entry: CentralEntry, threshold: number): Buffer {
  // Only the fields that do not fit go into the zip64 extra field, in the order the format fixes.
  const bigSize = entry.zip64 || entry.size >= threshold;
  const bigOffset = entry.offset >= threshold;
  const fields: number[] = [];
  if (bigSize) fields.push(entry.size, entry.size);
  if (bigOffset) fields.push(entry.offset);
  const extra = Buffer.alloc(fields.length ? 4 + 8 * fields.length : 0);
  if (fields.length) {
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8 * fields.length, 2);
    fields.forEach((value, i) => {
      extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i);
    });
  }
  const version = fields.length || entry.zip64 ? VERSION_ZIP64 : VERSION_PLAIN;
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(MADE_BY_UNIX | version, 4);
  header.writeUInt16LE(version, 6);
  header.writeUInt16LE(FLAGS, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(entry.dosTime, 12);
  header.writeUInt16LE(entry.dosDate, 14);
  header.writeUInt32LE(entry.crc >>> 0, 16);
  header.writeUInt32LE(bigSize ? MAX_32 : entry.size, 20);
  header.writeUInt32LE(bigSize ? MAX_32 : entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt16LE(extra.length, 30);
  header.writeUInt16LE(0, 32); // comment
  header.writeUInt16LE(0, 34); // disk
  header.writeUInt16LE(0, 36); // internal attributes
  header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
  header.writeUInt32LE(bigOffset ? MAX_32 : entry.offset, 42);
  return Buffer.concat([header, entry.name, extra]);
}

function zip64EndRecord(count: number, size: number, offset: number): Buffer {
  const buffer = Buffer.alloc(56);
  buffer.writeUInt32LE(0x06064b50, 0);
  buffer.writeBigUInt64LE(44n, 4);
  buffer.writeUInt16LE(MADE_BY_UNIX | VERSION_ZIP64, 12);
  buffer.writeUInt16LE(VERSION_ZIP64, 14);
  buffer.writeUInt32LE(0, 16);
  buffer.writeUInt32LE(0, 20);
  buffer.writeBigUInt64LE(BigInt(count), 24);
  buffer.writeBigUInt64LE(BigInt(count), 32);
  buffer.writeBigUInt64LE(BigInt(size), 40);
  buffer.writeBigUInt64LE(BigInt(offset), 48);
  return buffer;
}

function zip64Locator(recordOffset: number): Buffer {
  const buffer = Buffer.alloc(20);
  buffer.writeUInt32LE(0x07064b50, 0);
  buffer.writeUInt32LE(0, 4);
  buffer.writeBigUInt64LE(BigInt(recordOffset), 8);
  buffer.writeUInt32LE(1, 16);
  return buffer;
}

function endRecord(count: number, size: number, offset: number): Buffer {
  const buffer = Buffer.alloc(22);
  buffer.writeUInt32LE(0x06054b50, 0);
  buffer.writeUInt16LE(Math.min(count, MAX_16), 8);
  buffer.writeUInt16LE(Math.min(count, MAX_16), 10);
  buffer.writeUInt32LE(Math.min(size, MAX_32), 12);
  buffer.writeUInt32LE(Math.min(offset, MAX_32), 16);
  return buffer;
}

/** ZIP stores local time in MS-DOS form; UTC is used so an archive reads the same everywhere. */
function dosDateTime(date: Date): { dosTime: number; dosDate: number } {
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    dosDate: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}
