// The combined indicator table as an Excel workbook (exceljs): numbers typed
// as numbers, the header row frozen and filterable, columns sized for their
// content. Used by the CLI and by the app's export (built here from validated
// records, so the renderer never ships exceljs).
import ExcelJS from 'exceljs';
import {
  COMBINED_FIELDS,
  COMBINED_NUMERIC,
  type CombinedField,
  type CombinedRecord,
} from '../../src-shared/compare/rows';

export interface WorkbookOptions {
  /** Header labels by field (default: the field names, which scripts expect). */
  headers?: Partial<Record<CombinedField, string>>;
  sheetName?: string;
}

const WIDTHS: Record<CombinedField, number> = {
  report: 28,
  region: 12,
  year: 8,
  indicator: 22,
  name: 26,
  value: 12,
  valueMax: 10,
  unit: 10,
  kind: 9,
  qualifier: 10,
  status: 9,
  period: 11,
  section: 36,
  page: 7,
  sentence: 80,
};

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetNameOf(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (clean || 'indicators').slice(0, 31);
}

export async function combinedWorkbook(
  records: readonly CombinedRecord[],
  opts: WorkbookOptions = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ReportLens';
  const ws = wb.addWorksheet(sheetNameOf(opts.sheetName ?? 'indicators'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = COMBINED_FIELDS.map((f) => ({
    header: opts.headers?.[f] ?? f,
    key: f,
    width: WIDTHS[f],
    style: f === 'sentence' ? { alignment: { wrapText: false } } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const rec of records) {
    const row: Record<string, string | number | null> = {};
    for (const f of COMBINED_FIELDS) {
      const v = rec[f];
      // A number stored as text sorts and sums wrongly in Excel.
      row[f] =
        COMBINED_NUMERIC.has(f) && typeof v === 'string' && v !== '' && Number.isFinite(Number(v))
          ? Number(v)
          : v;
    }
    ws.addRow(row);
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COMBINED_FIELDS.length } };
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
