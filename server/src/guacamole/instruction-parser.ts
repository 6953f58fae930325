import { isAscii } from 'node:buffer';
import { GuacamoleError } from './guacamole-error.js';

/**
 * The longest element read, in code points. guacd writes image data in `blob` chunks of about
 * 8 KB and nothing else near that; 1 Mi leaves room for other writers (a long clipboard text)
 * while no element can hold the process's memory.
 */
export const MAX_ELEMENT_LENGTH = 1024 * 1024;
/** The largest instruction, in bytes: an element of MAX_ELEMENT_LENGTH code points is up to 4 MiB of UTF-8. */
export const MAX_INSTRUCTION_BYTES = 5 * 1024 * 1024;
/** guacd's own parser takes at most 128 elements; more is not a Guacamole instruction. */
export const MAX_ELEMENTS = 256;
/** A length of more than this many digits is beyond MAX_ELEMENT_LENGTH anyway. */
const MAX_LENGTH_DIGITS = 10;
/** Below this many code points, checking for ASCII costs more than reading byte by byte. */
const ASCII_RUN = 24;

/** One complete instruction: `LENGTH.OPCODE,LENGTH.ARG,...;` */
export interface GuacamoleInstruction {
  opcode: string;
  args: string[];
  /** Where its first byte is in the protocol stream. */
  byteOffset: number;
  /** Its place in the stream, from 1. */
  number: number;
}

/** Where a stream that ended inside an instruction was cut off. */
export interface GuacamoleTruncation {
  /** The first byte of the incomplete instruction: the stream is whole up to here. */
  byteOffset: number;
  /** Its number, one more than the complete instructions read. */
  instruction: number;
}

enum State {
  /** Before an instruction: a length digit, or whitespace between instructions. */
  Between,
  /** Reading the digits of an element's length, up to its '.'. */
  Length,
  /** Reading an element's value: `remaining` code points, then any continuation bytes of the last. */
  Value,
}

const DOT = 0x2e;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;

function isSpace(byte: number): boolean {
  return byte === 0x0a || byte === 0x0d || byte === 0x20 || byte === 0x09;
}

function describe(byte: number): string {
  const hex = `0x${byte.toString(16).padStart(2, '0')}`;
  return byte >= 0x21 && byte < 0x7f ? `'${String.fromCharCode(byte)}' (${hex})` : hex;
}

/**
 * A streaming parser of the Guacamole protocol. Each element is `LENGTH.VALUE` where LENGTH counts
 * Unicode code points, not bytes, so the parser counts UTF-8 lead bytes: a character split across
 * two chunks is read whole. Nothing is held but the current instruction, at most
 * MAX_INSTRUCTION_BYTES; anything that breaks the framing is a GuacamoleError naming the byte.
 */
export class InstructionParser {
  private state = State.Between;
  /** Bytes of the stream before the current chunk. */
  private offset = 0;
  private complete = 0;
  private instructionStart = 0;
  private elements: string[] = [];
  private length = 0;
  private digits = 0;
  private remaining = 0;
  /** Parts of a value that began in an earlier chunk. */
  private pieces: Buffer[] = [];
  private pieceBytes = 0;

  /** Complete instructions so far. */
  get instructions(): number {
    return this.complete;
  }

  /** Bytes read so far. */
  get bytes(): number {
    return this.offset;
  }

  /** Reads a chunk, calling `emit` for every instruction it completes. */
  push(chunk: Buffer, emit: (instruction: GuacamoleInstruction) => void): void {
    const end = chunk.length;
    let p = 0;
    // Where the current value starts in this chunk: 0 when it began in an earlier one.
    let valueStart = 0;
    while (p < end) {
      switch (this.state) {
        case State.Between: {
          const byte = chunk[p]!;
          if (isSpace(byte)) {
            p++;
            continue;
          }
          this.instructionStart = this.offset + p;
          this.state = State.Length;
          this.length = 0;
          this.digits = 0;
          continue;
        }
        case State.Length: {
          const byte = chunk[p]!;
          if (byte >= 0x30 && byte <= 0x39) {
            if (++this.digits > MAX_LENGTH_DIGITS) this.fail(p, `an element length has more than ${MAX_LENGTH_DIGITS} digits`);
            this.length = this.length * 10 + (byte - 0x30);
            p++;
            continue;
          }
          if (byte !== DOT || this.digits === 0) {
            const expected = this.digits === 0 ? 'a digit (the length of an element)' : `'.' after the element length ${this.length}`;
            this.fail(p, `expected ${expected}, found ${describe(byte)}`);
          }
          if (this.length > MAX_ELEMENT_LENGTH) this.fail(p, `an element of ${this.length} characters is longer than the limit of ${MAX_ELEMENT_LENGTH}`);
          this.remaining = this.length;
          this.state = State.Value;
          p++;
          valueStart = p;
          continue;
        }
        case State.Value: {
          // Most values are ASCII (numbers, base64): skip a whole run at once when it is.
          if (this.remaining >= ASCII_RUN) {
            const run = Math.min(this.remaining, end - p);
            if (isAscii(chunk.subarray(p, p + run))) {
              p += run;
              this.remaining -= run;
              if (p === end) break;
            }
          }
          let terminator = -1;
          while (p < end) {
            const byte = chunk[p]!;
            // Continuation bytes belong to the code point already counted.
            if ((byte & 0xc0) === 0x80) {
              p++;
              continue;
            }
            if (this.remaining === 0) {
              terminator = byte;
              break;
            }
            this.remaining--;
            p++;
          }
          if (terminator === -1) break;
          if (terminator !== COMMA && terminator !== SEMICOLON)
            this.fail(p, `expected ',' or ';' after an element of ${this.length} characters, found ${describe(terminator)}`);
          this.elements.push(this.takeValue(chunk, valueStart, p));
          if (this.elements.length > MAX_ELEMENTS) this.fail(p, `an instruction has more than ${MAX_ELEMENTS} elements`);
          this.checkSize(p);
          p++;
          if (terminator === COMMA) {
            this.state = State.Length;
            this.length = 0;
            this.digits = 0;
            continue;
          }
          const [opcode = '', ...args] = this.elements;
          this.elements = [];
          this.state = State.Between;
          emit({ opcode, args, byteOffset: this.instructionStart, number: ++this.complete });
          continue;
        }
      }
    }
    if (this.state === State.Value && valueStart < end) {
      const piece = chunk.subarray(valueStart, end);
      this.pieces.push(piece);
      this.pieceBytes += piece.length;
    }
    this.offset += end;
    if (this.state !== State.Between) this.checkSize(0);
  }

  /** Where the stream was cut off, when it ended inside an instruction; null when it ended cleanly. */
  end(): GuacamoleTruncation | null {
    if (this.state === State.Between) return null;
    return { byteOffset: this.instructionStart, instruction: this.complete + 1 };
  }

  private takeValue(chunk: Buffer, start: number, end: number): string {
    if (this.pieces.length === 0) return chunk.toString('utf8', start, end);
    this.pieces.push(chunk.subarray(start, end));
    const value = Buffer.concat(this.pieces).toString('utf8');
    this.pieces = [];
    this.pieceBytes = 0;
    return value;
  }

  /** `p` is a position in the current chunk (0 once the chunk was counted into `offset`). */
  private checkSize(p: number): void {
    if (this.offset + p - this.instructionStart > MAX_INSTRUCTION_BYTES)
      this.fail(p, `an instruction is longer than the limit of ${MAX_INSTRUCTION_BYTES} bytes`);
  }

  private fail(p: number, reason: string): never {
    throw new GuacamoleError(reason, this.offset + p, this.complete + 1);
  }
}
