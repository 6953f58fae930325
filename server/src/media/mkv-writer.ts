/**
 * A minimal Matroska writer for raw video frames with timestamps, streamed into ffmpeg's stdin.
 *
 * Why not plain `-f rawvideo`: raw frames carry no time, so every frame of a constant frame rate
 * would have to be sent even when the screen did not change (hours of an idle terminal become
 * gigabytes through the pipe). Matroska blocks carry their own timestamp, so only changed
 * screens are sent, and ffmpeg keeps the gaps (variable frame rate output).
 *
 * Layout: EBML header, a Segment of unknown size (streamed), Info (1 ms timecode scale), one
 * uncompressed video track (V_UNCOMPRESSED with the pixel format as a FourCC), then one Cluster
 * of unknown size per frame, holding its SimpleBlock. One frame per cluster because ffmpeg's
 * Matroska reader holds a whole cluster in memory: clusters of many raw frames cost gigabytes.
 */

const UNKNOWN_SIZE = Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);

function idBytes(id: number): Buffer {
  const bytes: number[] = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from(bytes);
}

/** EBML variable-length size, always in 8 bytes: simple and valid for any size. */
function sizeBytes(size: number): Buffer {
  const out = Buffer.alloc(8);
  out[0] = 0x01;
  let v = size;
  for (let i = 7; i >= 1; i--) {
    out[i] = v % 256;
    v = Math.floor(v / 256);
  }
  return out;
}

function element(id: number, payload: Buffer): Buffer {
  return Buffer.concat([idBytes(id), sizeBytes(payload.length), payload]);
}

function uint(id: number, value: number): Buffer {
  const bytes: number[] = [];
  let v = value;
  do {
    bytes.unshift(v % 256);
    v = Math.floor(v / 256);
  } while (v > 0);
  return element(id, Buffer.from(bytes));
}

const text = (id: number, value: string) => element(id, Buffer.from(value, 'utf8'));
const master = (id: number, ...children: Buffer[]) => element(id, Buffer.concat(children));

export interface MkvVideoFormat {
  width: number;
  height: number;
  /** FourCC ffmpeg maps to a pixel format, e.g. 'RGBA' (bytes R, G, B, A). */
  fourcc: string;
}

export class MkvWriter {
  constructor(private readonly format: MkvVideoFormat) {
    if (format.fourcc.length !== 4) throw new Error('A FourCC has four characters');
  }

  /** The bytes that open the stream: EBML header, segment start, info and track. */
  header(): Buffer {
    const ebml = master(
      0x1a45dfa3,
      uint(0x4286, 1), // EBMLVersion
      uint(0x42f7, 1), // EBMLReadVersion
      uint(0x42f2, 4), // EBMLMaxIDLength
      uint(0x42f3, 8), // EBMLMaxSizeLength
      text(0x4282, 'matroska'), // DocType
      uint(0x4287, 4), // DocTypeVersion
      uint(0x4285, 2), // DocTypeReadVersion
    );
    const info = master(0x1549a966, uint(0x2ad7b1, 1_000_000), text(0x4d80, 'Custodian'), text(0x5741, 'Custodian'));
    const video = master(0xe0, uint(0xb0, this.format.width), uint(0xba, this.format.height), element(0x2eb524, Buffer.from(this.format.fourcc, 'ascii')));
    const track = master(0xae, uint(0xd7, 1), uint(0x73c5, 1), uint(0x83, 1), text(0x86, 'V_UNCOMPRESSED'), uint(0x9c, 0), video);
    const tracks = master(0x1654ae6b, track);
    return Buffer.concat([ebml, idBytes(0x18538067), UNKNOWN_SIZE, info, tracks]);
  }

  /**
   * The bytes that carry one frame shown from `timeMs` on: a block header to write before the
   * pixels (returned separately so the frame buffer is never copied). Times must not decrease.
   */
  frameHeader(timeMs: number, frameBytes: number): Buffer {
    const block = Buffer.alloc(4);
    block[0] = 0x81; // track number 1
    block.writeInt16BE(0, 1); // time relative to the cluster's, which is the frame's own
    block[3] = 0x80; // keyframe
    return Buffer.concat([idBytes(0x1f43b675), UNKNOWN_SIZE, uint(0xe7, timeMs), idBytes(0xa3), sizeBytes(block.length + frameBytes), block]);
  }
}
