/** Distinct opcodes kept per kind; a hostile file with a million made-up opcodes is summed up, not listed. */
const MAX_DISTINCT = 64;
const MAX_OPCODE_SHOWN = 32;
const OTHERS = '(others)';

export type CountedKind = 'drawing' | 'image' | 'skipped' | 'unsupported' | 'unknown' | 'invalid';

/**
 * How many instructions of each opcode were drawn, skipped (they draw nothing: `key`, `name`,
 * audio...), not supported (drawing guacd does not record), unknown to the protocol, or invalid
 * (malformed arguments): what the export's report says about the recording.
 */
export class InstructionCounts {
  // Without a prototype, an opcode named "__proto__" is a key like any other.
  readonly byKind: Record<CountedKind, Record<string, number>> = {
    drawing: Object.create(null),
    image: Object.create(null),
    skipped: Object.create(null),
    unsupported: Object.create(null),
    unknown: Object.create(null),
    invalid: Object.create(null),
  };

  count(kind: CountedKind, opcode: string): void {
    const counts = this.byKind[kind];
    let key = opcode.length > MAX_OPCODE_SHOWN ? `${opcode.slice(0, MAX_OPCODE_SHOWN)}…` : opcode;
    if (counts[key] === undefined && Object.keys(counts).length >= MAX_DISTINCT) key = OTHERS;
    counts[key] = (counts[key] ?? 0) + 1;
  }

  total(kind: CountedKind): number {
    return Object.values(this.byKind[kind]).reduce((sum, n) => sum + n, 0);
  }
}
