/**
 * Writes one instruction as guacd does, each element's length in code points. Recordings made in
 * tests (and by anyone who needs a small `.guac` file) are written with it.
 */
export function encodeInstruction(opcode: string, ...args: (string | number)[]): string {
  return `${[opcode, ...args.map(String)].map((value) => `${[...value].length}.${value}`).join(',')};`;
}
