// CSV as Excel reads it: UTF-8 with a byte-order mark (so Chinese is not
// garbled), CRLF line ends, RFC 4180 quoting. A pure string builder.

export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

/**
 * Cells that a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`)
 * get a leading apostrophe: a document's text must never become a formula.
 * Numbers are written as numbers, so `-3` stays a number.
 */
function escapeCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  let s = String(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

/** A header row and data rows as one CSV string. */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<readonly CsvCell[]>,
  options: CsvOptions = {},
): string {
  const lines = [header.map(escapeCell).join(',')];
  for (const row of rows) lines.push(row.map(escapeCell).join(','));
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}
