// `track FILE...` and the combined table of `indicators FILE...`: load each
// report in turn, place it (region, year), and print the pairs of targets and
// outcomes, or the rows of every report in one table.
import { basename } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { pairTargets, placeOf, type CorpusReport, type Pair } from '../../src-shared/compare';
import {
  buildCombinedRows,
  COMBINED_FIELDS,
  toCombinedRecord,
  type CombinedRecord,
} from '../../src-shared/compare/rows';
import { toCsv } from '../../src-shared/export/csv';
import { extract } from '../../src-shared/indicators';
import { loadDocument, type Warn } from '../load';
import { combinedWorkbook } from '../services/xlsx';
import type { CombinedCommand, TrackCommand } from './args';

/** Each file loaded, extracted and placed; a file without region or year is kept with nulls and a warning. */
export async function loadReports(files: readonly string[], warn: Warn): Promise<CorpusReport[]> {
  const reports: CorpusReport[] = [];
  for (const file of files) {
    const { model } = await loadDocument(file, warn);
    const place = placeOf({}, model, basename(file));
    if (place.region === null || place.year === null)
      warn(`${file}: cannot tell its ${place.region === null ? 'region' : 'year'}; it is left out of pairs`);
    reports.push({ id: file, file, ...place, text: model.text, indicators: extract(model) });
  }
  return reports;
}

/** One pair as `track` prints it (the interface scripts rely on). */
export function pairLine(p: Pair): object {
  return {
    region: p.region,
    indicator: p.indicator,
    year: p.year,
    target: p.target && {
      value: p.target.value,
      ...(p.target.valueMax !== undefined ? { valueMax: p.target.valueMax } : {}),
      unit: p.target.unit,
      qualifier: p.target.qualifier,
      quote: p.target.quote,
      file: p.target.file,
    },
    outcome: p.outcome && {
      value: p.outcome.value,
      unit: p.outcome.unit,
      quote: p.outcome.quote,
      file: p.outcome.file,
    },
    verdict: p.verdict,
  };
}

export const TRACK_CSV_FIELDS = [
  'region',
  'indicator',
  'year',
  'target_value',
  'target_valueMax',
  'target_unit',
  'target_qualifier',
  'target_quote',
  'target_file',
  'outcome_value',
  'outcome_unit',
  'outcome_quote',
  'outcome_file',
  'verdict',
] as const;

export function formatPairs(pairs: readonly Pair[], format: 'jsonl' | 'csv'): string {
  if (format === 'jsonl') return pairs.map((p) => JSON.stringify(pairLine(p)) + '\n').join('');
  return toCsv(
    TRACK_CSV_FIELDS,
    pairs.map((p) => [
      p.region,
      p.indicator,
      p.year,
      p.target?.value ?? null,
      p.target?.valueMax ?? null,
      p.target?.unit ?? null,
      p.target?.qualifier ?? null,
      p.target?.quote ?? null,
      p.target?.file ?? null,
      p.outcome?.value ?? null,
      p.outcome?.unit ?? null,
      p.outcome?.quote ?? null,
      p.outcome?.file ?? null,
      p.verdict,
    ]),
  );
}

export async function runTrack(cmd: TrackCommand, warn: Warn): Promise<string> {
  const reports = await loadReports(cmd.files, warn);
  return formatPairs(pairTargets(reports, { all: cmd.all }), cmd.format);
}

export function combinedRecords(reports: readonly CorpusReport[]): CombinedRecord[] {
  return buildCombinedRows(
    reports.map((r) => ({
      id: r.id,
      report: r.file,
      region: r.region,
      year: r.year,
      text: r.text,
      rows: r.indicators,
    })),
  ).map(toCombinedRecord);
}

/** Prints the combined table, or writes the workbook and says where. */
export async function runCombined(cmd: CombinedCommand, warn: Warn): Promise<string> {
  const records = combinedRecords(await loadReports(cmd.files, () => undefined));
  switch (cmd.format) {
    case 'xlsx': {
      const out = cmd.out ?? 'indicators.xlsx';
      await writeFile(out, await combinedWorkbook(records));
      warn(`${records.length} rows of ${cmd.files.length} reports written to ${out}`);
      return '';
    }
    case 'jsonl':
      return records.map((r) => JSON.stringify(r) + '\n').join('');
    case 'json':
      return JSON.stringify(records, null, 2) + '\n';
    case 'csv':
      return toCsv(
        COMBINED_FIELDS,
        records.map((r) => COMBINED_FIELDS.map((f) => r[f])),
      );
  }
}
