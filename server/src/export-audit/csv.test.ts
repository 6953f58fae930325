import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv.js';

describe('audit CSV cells', () => {
  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('defuses spreadsheet formulas with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes nulls as empty cells, dates in ISO 8601, lines ending in CRLF', () => {
    expect(csvLine([null, undefined, new Date('2026-11-24T18:00:00Z'), 5])).toBe(',,2026-11-24T18:00:00.000Z,5\r\n');
  });
});
