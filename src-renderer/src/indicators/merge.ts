// The table's rows: the extraction with the user's edits laid over it. Edits
// name the extracted indicator they are about by the value's quote and
// context (re-anchored in the current text, like annotations) plus the name
// the extractor gave it, so they survive running the extractor again. Pure.
import type { IndicatorEdit, IndicatorFields } from '@shared/api';
import { anchor } from '@shared/anchoring/anchor';
import { describeRange, pageAt } from '@shared/anchoring/describe';
import type { Indicator } from '@shared/indicators';
import type { TextModel } from '@shared/model';
import { buildAdded } from './selection';

export type RowOrigin = 'extracted' | 'edited' | 'added';

export interface IndicatorRow extends Indicator {
  /** Stable while the extraction and the row's place stay the same (selection survives edits). */
  key: string;
  origin: RowOrigin;
  confirmed: boolean;
  /** The name the extractor gave it ('' for the user's own). */
  extractedName: string;
  /** The index in the edits list of the edit that applies to it, or -1. */
  edit: number;
  /** 1-based page for PDFs. */
  page: number | null;
  /** Position in reading order (ties keep the extractor's order). */
  order: number;
}

export interface Merged {
  rows: IndicatorRow[];
  /** Edits whose indicator is no longer found in this text (kept on disk, not shown). */
  unplaced: number;
}

function applyFields(ind: Indicator, fields: IndicatorFields): Indicator {
  const out: Indicator = { ...ind };
  if (fields.name !== undefined) out.name = fields.name;
  if (fields.value !== undefined) out.value = fields.value;
  if (fields.valueMax === null) delete out.valueMax;
  else if (fields.valueMax !== undefined) out.valueMax = fields.valueMax;
  if (fields.unit !== undefined) out.unit = fields.unit;
  if (fields.kind !== undefined) out.kind = fields.kind;
  if (fields.qualifier !== undefined) out.qualifier = fields.qualifier;
  if (fields.status !== undefined) out.status = fields.status;
  if (fields.period !== undefined) out.period = fields.period;
  return out;
}

export function mergeEdits(
  model: TextModel,
  extracted: readonly Indicator[],
  edits: readonly IndicatorEdit[],
): Merged {
  const { text, pages } = model;
  const bySpan = new Map<string, number[]>();
  extracted.forEach((ind, i) => {
    const k = `${ind.start}:${ind.end}`;
    const list = bySpan.get(k);
    if (list) list.push(i);
    else bySpan.set(k, [i]);
  });
  const editOf = new Array<number>(extracted.length).fill(-1);
  const added: IndicatorRow[] = [];
  let unplaced = 0;

  edits.forEach((edit, e) => {
    const place = anchor(text, edit.target);
    if (place.status === 'orphan') {
      unplaced++;
      return;
    }
    if (edit.op === 'add') {
      const ind = applyFields(buildAdded(model, extracted, place.start, place.end), edit.fields);
      added.push({
        ...ind,
        key: `a${place.start}:${place.end}:${edit.updatedAt}`,
        origin: 'added',
        confirmed: edit.confirmed,
        extractedName: '',
        edit: e,
        page: pageAt(pages, place.start) ?? null,
        order: 0,
      });
      return;
    }
    const candidates = (bySpan.get(`${place.start}:${place.end}`) ?? []).filter((i) => editOf[i] === -1);
    const i =
      candidates.find((c) => extracted[c]?.name === edit.extractedName) ??
      (candidates.length === 1 ? candidates[0] : undefined);
    if (i === undefined) unplaced++;
    else editOf[i] = e;
  });

  const rows: IndicatorRow[] = [];
  extracted.forEach((ind, i) => {
    const e = editOf[i] ?? -1;
    const edit = e >= 0 ? edits[e] : undefined;
    if (edit?.op === 'delete') return;
    rows.push({
      ...(edit ? applyFields(ind, edit.fields) : ind),
      key: `x${i}`,
      origin: edit ? 'edited' : 'extracted',
      confirmed: edit?.confirmed ?? false,
      extractedName: ind.name,
      edit: e,
      page: pageAt(pages, ind.start) ?? null,
      order: 0,
    });
  });
  rows.push(...added);
  rows.sort((a, b) => a.start - b.start || (a.origin === 'added' ? 1 : 0) - (b.origin === 'added' ? 1 : 0));
  rows.forEach((r, i) => (r.order = i));
  return { rows, unplaced };
}

// Building new edit lists (the store saves them whole).

function targetOf(model: TextModel, row: Pick<Indicator, 'start' | 'end'>): IndicatorEdit['target'] {
  return describeRange(model.text, row.start, row.end, pageAt(model.pages, row.start));
}

/** The edits with `patch` applied to `row` (a new `change` edit, or the row's own edit updated). */
export function withChange(
  edits: readonly IndicatorEdit[],
  model: TextModel,
  row: IndicatorRow,
  patch: IndicatorFields & { confirmed?: boolean },
  now: string,
): IndicatorEdit[] {
  const { confirmed, ...fields } = patch;
  const out = [...edits];
  const own = row.edit >= 0 ? out[row.edit] : undefined;
  if (own && own.op !== 'delete') {
    out[row.edit] = {
      ...own,
      fields: { ...own.fields, ...fields },
      confirmed: confirmed ?? own.confirmed,
      updatedAt: now,
    };
  } else {
    out.push({
      op: 'change',
      target: targetOf(model, row),
      extractedName: row.extractedName,
      fields,
      confirmed: confirmed ?? row.confirmed,
      updatedAt: now,
    });
  }
  return out;
}

/** The edits with `row` deleted: the user's own rows go, extracted ones are hidden. */
export function withDelete(
  edits: readonly IndicatorEdit[],
  model: TextModel,
  row: IndicatorRow,
  now: string,
): IndicatorEdit[] {
  const out = edits.filter((_, i) => i !== row.edit);
  if (row.origin === 'added') return out;
  out.push({
    op: 'delete',
    target: targetOf(model, row),
    extractedName: row.extractedName,
    fields: {},
    confirmed: false,
    updatedAt: now,
  });
  return out;
}

/** The edits with an indicator of the user's own on text[start, end). */
export function withAdd(
  edits: readonly IndicatorEdit[],
  model: TextModel,
  start: number,
  end: number,
  fields: IndicatorFields,
  now: string,
): IndicatorEdit[] {
  return [
    ...edits,
    {
      op: 'add',
      target: targetOf(model, { start, end }),
      extractedName: '',
      fields,
      confirmed: true,
      updatedAt: now,
    },
  ];
}
