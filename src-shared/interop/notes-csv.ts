// A document's notes as CSV (one row each, in reading order, then those not
// found), for a spreadsheet: quote, page, section path, colour, style, note, tags, dates.
import { anchorAll } from '../anchoring/anchor';
import { pageAt } from '../anchoring/describe';
import { toCsv } from '../export/csv';
import type { Annotation, TextModel } from '../model';
import { sectionPath } from '../text/sections';

export const NOTES_CSV_HEADER = [
  'id',
  'status',
  'quote',
  'page',
  'section',
  'color',
  'style',
  'note',
  'tags',
  'created',
  'updated',
] as const;

export function notesToCsv(model: TextModel, annotations: readonly Annotation[]): string {
  const targets = annotations.map((a) => a.target);
  const anchors = anchorAll(
    model.text,
    targets.flatMap((t) => (t ? [t] : [])),
  );
  let k = 0;
  const rows = annotations.map((a) => {
    const found = a.target ? anchors[k++] : undefined;
    const placed = found && found.status !== 'orphan' ? found : null;
    const section = placed
      ? sectionPath(model.outline, placed.start)
          .map((h) => h.title.trim())
          .join(' > ')
      : '';
    const page = placed ? (pageAt(model.pages, placed.start) ?? null) : (a.target?.page ?? null);
    const status = a.target === null ? 'document' : placed ? 'placed' : 'not found';
    const quote = placed ? model.text.slice(placed.start, placed.end) : (a.target?.quote ?? '');
    return {
      order: placed ? placed.start : a.target ? Number.MAX_SAFE_INTEGER : -1,
      cells: [
        a.id,
        status,
        quote,
        page,
        section,
        a.color,
        a.style,
        a.note,
        a.tags.join('; '),
        a.createdAt,
        a.updatedAt,
      ],
    };
  });
  rows.sort((x, y) => x.order - y.order);
  return toCsv(
    NOTES_CSV_HEADER,
    rows.map((r) => r.cells),
  );
}
