import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeInstruction } from './encode-instruction.js';
import { GuacamoleError } from './guacamole-error.js';
import { type GuacamoleInstruction, InstructionParser, MAX_ELEMENT_LENGTH, MAX_ELEMENTS, MAX_INSTRUCTION_BYTES } from './instruction-parser.js';

const encode = encodeInstruction;

function parse(chunks: (string | Buffer)[]) {
  const parser = new InstructionParser();
  const instructions: GuacamoleInstruction[] = [];
  for (const chunk of chunks) parser.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, (i) => instructions.push(i));
  return { instructions, truncated: parser.end(), parser };
}

function failure(chunks: (string | Buffer)[]): GuacamoleError {
  try {
    parse(chunks);
  } catch (error) {
    if (error instanceof GuacamoleError) return error;
    throw error;
  }
  throw new Error('expected a GuacamoleError');
}

/** Every way of cutting `bytes` in two. */
function splits(bytes: Buffer): Buffer[][] {
  return Array.from({ length: bytes.length + 1 }, (_, i) => [bytes.subarray(0, i), bytes.subarray(i)]);
}

describe('InstructionParser', () => {
  it('reads opcodes, arguments, byte offsets and numbers', () => {
    const text = `${encode('size', '0', '1024', '768')}${encode('sync', '2852872', '0')}${encode('nop')}`;
    const { instructions, truncated } = parse([text]);
    expect(instructions).toEqual([
      { opcode: 'size', args: ['0', '1024', '768'], byteOffset: 0, number: 1 },
      { opcode: 'sync', args: ['2852872', '0'], byteOffset: 24, number: 2 },
      { opcode: 'nop', args: [], byteOffset: 45, number: 3 },
    ]);
    expect(truncated).toBeNull();
  });

  it('reads empty elements and commas or semicolons inside values', () => {
    const { instructions } = parse([encode('clipboard', '', 'a,b;c', '3.x')]);
    expect(instructions[0]!.args).toEqual(['', 'a,b;c', '3.x']);
  });

  it('counts lengths in code points: 2-, 3- and 4-byte UTF-8 characters', () => {
    const values = ['é', 'ünïcödé', '日本語のテキスト', '😀 and 𝄞', 'mixed ascii with a long run before the end: €'];
    const { instructions } = parse([encode('name', ...values)]);
    expect(instructions[0]!.args).toEqual(values);
  });

  it('reads a multi-byte character split across chunks at every byte', () => {
    const bytes = Buffer.from(`${encode('name', 'x😀y€z', 'é'.repeat(40))}${encode('sync', '1')}`, 'utf8');
    for (const chunks of splits(bytes)) {
      const { instructions, truncated } = parse(chunks);
      expect(instructions.map((i) => [i.opcode, ...i.args])).toEqual([
        ['name', 'x😀y€z', 'é'.repeat(40)],
        ['sync', '1'],
      ]);
      expect(truncated).toBeNull();
    }
  });

  it('gives the same instructions however the stream is cut into chunks', () => {
    const element = fc.string({ unit: 'binary', maxLength: 40 });
    const instruction = fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.array(element, { maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(instruction, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 12 }), (list, cuts) => {
        const bytes = Buffer.from(list.map(([opcode, args]) => encode(opcode, ...args)).join(''), 'utf8');
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((start, i) => bytes.subarray(start, points[i] ?? bytes.length));
        const { instructions, truncated } = parse(chunks);
        expect(instructions.map((i) => [i.opcode, i.args])).toEqual(list);
        expect(truncated).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('reports a stream cut off inside an instruction, wherever the cut is', () => {
    const whole = `${encode('size', '0', '640', '480')}${encode('sync', '100', '0')}`;
    const cutStart = Buffer.byteLength(encode('size', '0', '640', '480'));
    const bytes = Buffer.from(whole);
    for (let end = cutStart + 1; end < bytes.length; end++) {
      const { instructions, truncated } = parse([bytes.subarray(0, end)]);
      expect(instructions).toHaveLength(1);
      expect(truncated).toEqual({ byteOffset: cutStart, instruction: 2 });
    }
    expect(parse([bytes]).truncated).toBeNull();
  });

  it('allows whitespace between instructions, as after an edited file', () => {
    const { instructions } = parse([`${encode('sync', '1')}\n${encode('sync', '2')}\r\n`]);
    expect(instructions.map((i) => i.args[0])).toEqual(['1', '2']);
  });

  it('refuses text that is not framed as instructions, naming the byte and the instruction', () => {
    expect(failure(['{"version": 2}'])).toMatchObject({ byteOffset: 0, instruction: 1, reason: expect.stringContaining('expected a digit') });
    const wrongLength = `${encode('sync', '1')}4.size,1.0,2.100;`;
    expect(failure([wrongLength])).toMatchObject({
      byteOffset: Buffer.byteLength(encode('sync', '1')) + 15,
      instruction: 2,
      reason: "expected ',' or ';' after an element of 2 characters, found '0' (0x30)",
    });
    expect(failure(['4sync;'])).toMatchObject({ byteOffset: 1, reason: expect.stringContaining("'.' after the element length 4") });
    expect(failure(['4.sync,.1;'])).toMatchObject({ byteOffset: 7, reason: expect.stringContaining('expected a digit') });
    expect(failure([Buffer.from([0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70])])).toMatchObject({ byteOffset: 0, reason: expect.stringContaining('0x00') });
  });

  it('refuses an element longer than the limit before reading it', () => {
    const error = failure([`4.blob,${MAX_ELEMENT_LENGTH + 1}.`]);
    expect(error.reason).toContain(`longer than the limit of ${MAX_ELEMENT_LENGTH}`);
    expect(failure(['4.blob,123456789012.']).reason).toContain('more than 10 digits');
  });

  it('refuses an instruction of more than the byte limit, whatever the chunks, holding no more than that', () => {
    const element = `${MAX_ELEMENT_LENGTH}.${'A'.repeat(MAX_ELEMENT_LENGTH)}`;
    const chunks = [`4.blob`];
    for (let i = 0; i < 8; i++) chunks.push(`,${element}`);
    const error = failure(chunks);
    expect(error.reason).toContain(`longer than the limit of ${MAX_INSTRUCTION_BYTES} bytes`);
    expect(error.byteOffset).toBeLessThanOrEqual(MAX_INSTRUCTION_BYTES + element.length + 1);
  });

  it('refuses an instruction with more elements than the limit', () => {
    const text = `4.nope${',0.'.repeat(MAX_ELEMENTS + 1)};`;
    expect(failure([text]).reason).toContain(`more than ${MAX_ELEMENTS} elements`);
  });

  it('never throws anything but GuacamoleError on random bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 6 }), (chunks) => {
        try {
          parse(chunks.map((c) => Buffer.from(c)));
        } catch (error) {
          expect(error).toBeInstanceOf(GuacamoleError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
