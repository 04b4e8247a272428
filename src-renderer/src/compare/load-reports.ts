// The reports of a corpus view, each as the combined table and the pairing
// need it: its text, its place (region, year) and its indicator rows with the
// user's edits laid over the extraction. Extraction runs in the worker, one
// document after another, and is cached per document for the session (a
// document's id is the hash of its bytes, so its text never changes under
// the cache); edits are read afresh each time, since the reader may have
// changed them.
import type { Indicator } from '@shared/indicators';
import type { DocumentRecord, TextModel } from '@shared/model';
import { placeOf } from '@shared/compare';
import { api } from '../api';
import { mergeEdits, type IndicatorRow } from '../indicators/merge';
import { extractInBackground } from '../indicators/run-extract';

export interface LoadedReport {
  record: DocumentRecord;
  model: TextModel;
  region: string | null;
  year: number | null;
  rows: IndicatorRow[];
}

const models = new Map<string, Promise<TextModel>>();
const extracted = new Map<string, Promise<Indicator[]>>();

function modelOf(id: string): Promise<TextModel> {
  let p = models.get(id);
  if (!p) {
    p = api.invoke('document.open', { id }).then((d) => d.model);
    p.catch(() => models.delete(id));
    models.set(id, p);
  }
  return p;
}

function indicatorsOf(id: string, model: TextModel): Promise<Indicator[]> {
  let p = extracted.get(id);
  if (!p) {
    p = extractInBackground(model);
    p.catch(() => extracted.delete(id));
    extracted.set(id, p);
  }
  return p;
}

/** Forget a document (removed from the library). */
export function forgetReport(id: string): void {
  models.delete(id);
  extracted.delete(id);
}

export async function loadReport(record: DocumentRecord): Promise<LoadedReport> {
  const model = await modelOf(record.id);
  const [found, edits] = await Promise.all([
    indicatorsOf(record.id, model),
    api.invoke('indicators.edits', { id: record.id }),
  ]);
  const place = placeOf(record, model, record.fileName);
  return { record, model, ...place, rows: mergeEdits(model, found, edits).rows };
}
