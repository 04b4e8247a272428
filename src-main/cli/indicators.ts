// `indicators FILE`: load a report, extract its indicators, print them.
import { toCsv } from '../../src-shared/export/csv';
import { extract } from '../../src-shared/indicators';
import { RECORD_FIELDS, toRecord, type IndicatorRecord } from '../../src-shared/indicators/record';
import { loadDocument } from '../load';
import type { OutputFormat } from './args';

export function formatRecords(records: readonly IndicatorRecord[], format: OutputFormat): string {
  switch (format) {
    case 'jsonl':
      return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
    case 'json':
      return JSON.stringify(records, null, 2) + '\n';
    case 'csv':
      return toCsv(
        RECORD_FIELDS,
        records.map((r) => RECORD_FIELDS.map((f) => r[f])),
      );
  }
}

export async function runIndicators(file: string, format: OutputFormat): Promise<string> {
  const { model } = await loadDocument(file);
  const records = extract(model).map((ind) => toRecord(model.text, ind));
  return formatRecords(records, format);
}
