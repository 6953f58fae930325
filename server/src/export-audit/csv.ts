/**
 * One CSV cell (RFC 4180 quoting). Text that a spreadsheet would run as a formula (starting
 * with = + - @, or a tab or carriage return that some of them skip first) gets a leading
 * apostrophe, so opening an exported log never executes what a user typed into a reason.
 */
export function csvCell(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: Array<string | number | Date | null | undefined>): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
