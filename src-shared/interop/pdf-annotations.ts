// Annotations other readers wrote into a PDF, as our notes: text markup
// (Highlight, Underline, StrikeOut, Squiggly) placed by its QuadPoints on
// the text layer's characters, sticky and free-text notes on the text nearest
// to them, with their contents, replies, author, dates and colour (the
// nearest of ours), tagged as imported. Ink and shapes cover no text: they
// stay drawn by pdf.js and are listed with their page. Ids come from the
// annotation's /NM when it is one of ours (a copy we wrote), else from what
// it is (page, kind, place, author, date), so reading the file again, or a
// copy of it, adds nothing twice.
import { describeRange } from '../anchoring/describe';
import { MAX_NOTE_CHARS, type Annotation, type AnnotationStyle, type TextModel } from '../model';
import { nearestColor } from './colors';
import { isUuid, uuidFromName } from './ids';
import { quadsToRange, type GlyphItem } from './pdf-geometry';

/** One annotation as pdf.js's page.getAnnotations() describes it (the fields we read). */
export interface PdfAnnotationInput {
  page: number;
  subtype: string;
  /** pdf.js's id (`612R`): the object it was read from. */
  ref: string;
  /** /NM, when it could be read. */
  name: string | null;
  /** Written by ReportLens into a copy: its /NM is the note's id. */
  ours?: boolean;
  quads: number[] | null;
  rect: number[];
  /** 0..255 each, or null. */
  color: number[] | null;
  contents: string;
  author: string;
  created: string | null;
  modified: string | null;
  /** The annotation this one replies to (its ref), or null. */
  inReplyTo: string | null;
  /** Its Popup annotation (its ref), whose contents and author stand in for missing ones. */
  popupRef?: string | null;
}

export const IMPORTED_TAG = 'PDF批注';

const MARKUP: Record<string, AnnotationStyle> = {
  Highlight: 'highlight',
  Underline: 'underline',
  StrikeOut: 'underline',
  Squiggly: 'underline',
};
const NOTES = new Set(['Text', 'FreeText']);
/** Never notes and not worth listing: the file's own machinery. */
const IGNORED = new Set([
  'Link',
  'Widget',
  'Popup',
  'Movie',
  'Screen',
  'PrinterMark',
  'TrapNet',
  'Watermark',
]);

export interface OtherPdfAnnotation {
  page: number;
  subtype: string;
}

export interface PdfNotesResult {
  annotations: Annotation[];
  /** Ink, shapes, stamps…: drawn on the page, listed here. */
  others: OtherPdfAnnotation[];
  /** Markup whose quads cover no text of the page (a scan, a broken annotation). */
  unplaced: OtherPdfAnnotation[];
  /** Already among the document's notes. */
  duplicates: number;
}

/** `D:20240521182906+02'00'` as ISO 8601, or null. */
export function pdfDate(s: string | null | undefined): string | null {
  const m = /^(?:D:)?(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?([Zz+-])?(\d\d)?'?(\d\d)?/.exec(s ?? '');
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', se = '00', z, oh = '00', om = '00'] = m;
  const sign = z === '+' || z === '-' ? z : '+';
  const offset = z === '+' || z === '-' ? `${sign}${oh}:${om}` : 'Z';
  const t = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${se}${offset}`);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** Our note id in an annotation's /NM: `<uuid>`, or `<uuid>#<page>` for a note's part on a later page. */
function ourName(a: PdfAnnotationInput): string | null {
  if (!a.ours) return null;
  const base = a.name?.replace(/#\d+$/, '') ?? '';
  return isUuid(base) ? base.toLowerCase() : null;
}

/** The id a PDF annotation's note gets (see the top of this file). */
export function pdfNoteId(a: PdfAnnotationInput): string {
  const ours = ourName(a);
  if (ours) return ours;
  const place = (a.quads ?? a.rect).map((n) => Math.round(n)).join(',');
  return uuidFromName(`pdf:${a.page}:${a.subtype}:${place}:${a.author}:${a.created ?? a.modified ?? ''}`);
}

function nearestItem(
  page: { start: number; items: number[] },
  items: readonly GlyphItem[],
  rect: readonly number[],
): number | null {
  const cx = ((rect[0] ?? 0) + (rect[2] ?? 0)) / 2;
  const cy = ((rect[1] ?? 0) + (rect[3] ?? 0)) / 2;
  let best = -1;
  let bestDist = Infinity;
  items.forEach((item, i) => {
    if ((page.items[i] ?? -1) < 0 || item.str.trim() === '') return;
    const [, , , , e = 0, f = 0] = item.transform;
    const dist = Math.hypot(e - cx, f - cy);
    if (dist < bestDist) {
      bestDist = dist;
      best = i;
    }
  });
  return best >= 0 ? best : null;
}

export interface PdfNotesInput {
  model: TextModel;
  /** Each page's text items, in the order PageSpan.items follows. */
  pageItems: ReadonlyArray<readonly GlyphItem[]>;
  annotations: readonly PdfAnnotationInput[];
  existing: ReadonlySet<string>;
  now: string;
}

export function pdfAnnotationsToNotes(input: PdfNotesInput): PdfNotesResult {
  const { model, pageItems } = input;
  const result: PdfNotesResult = { annotations: [], others: [], unplaced: [], duplicates: 0 };
  const replies = new Map<string, PdfAnnotationInput[]>();
  for (const a of input.annotations) {
    if (a.inReplyTo && a.subtype === 'Text')
      replies.set(a.inReplyTo, [...(replies.get(a.inReplyTo) ?? []), a]);
  }
  const seen = new Set(input.existing);
  const popups = new Map(input.annotations.filter((a) => a.subtype === 'Popup').map((a) => [a.ref, a]));
  // A note we wrote over two pages came out as two annotations: the later parts extend the first.
  const parts = new Map<string, { start: number; end: number }>();
  for (const a of input.annotations) {
    const span = model.pages?.[a.page - 1];
    if (!a.name || !/#\d+$/.test(a.name) || !span || !a.quads) continue;
    const id = ourName(a);
    const r = quadsToRange(span, pageItems[a.page - 1] ?? [], a.quads);
    if (!id || !r) continue;
    const prev = parts.get(id);
    parts.set(id, prev ? { start: Math.min(prev.start, r.start), end: Math.max(prev.end, r.end) } : r);
  }
  for (const a of input.annotations) {
    if (IGNORED.has(a.subtype) || (a.inReplyTo && a.subtype === 'Text')) continue;
    if (a.name && /#\d+$/.test(a.name) && ourName(a)) continue;
    const style = MARKUP[a.subtype];
    if (!style && !NOTES.has(a.subtype)) {
      result.others.push({ page: a.page, subtype: a.subtype });
      continue;
    }
    const span = model.pages?.[a.page - 1];
    const items = pageItems[a.page - 1] ?? [];
    let range: { start: number; end: number } | null = null;
    if (span && style && a.quads) range = quadsToRange(span, items, a.quads);
    else if (span && !style) {
      const i = nearestItem(span, items, a.rect);
      const start = i === null ? -1 : (span.items[i] ?? -1);
      if (i !== null && start >= 0) range = { start, end: start + (items[i]?.str.length ?? 0) };
    }
    if (!range) {
      result.unplaced.push({ page: a.page, subtype: a.subtype });
      continue;
    }
    const id = pdfNoteId(a);
    const more = parts.get(id);
    if (more) range = { start: Math.min(range.start, more.start), end: Math.max(range.end, more.end) };
    if (seen.has(id)) {
      result.duplicates++;
      continue;
    }
    seen.add(id);
    const popup = a.popupRef ? popups.get(a.popupRef) : undefined;
    const main = {
      ...a,
      contents: a.contents || popup?.contents || '',
      author: a.author || popup?.author || '',
    };
    const thread = [main, ...(replies.get(a.ref) ?? [])]
      .map((r, k) => {
        const text = r.contents.trim();
        // Our own copy's annotations carry the note as it was; the author is the user.
        const who = ourName(r) ? '' : r.author.trim();
        if (!text) return k === 0 && who ? `— ${who}` : '';
        return who ? `${text}\n\n— ${who}` : text;
      })
      .filter((t) => t !== '');
    const createdAt = pdfDate(a.created) ?? pdfDate(a.modified) ?? input.now;
    result.annotations.push({
      id,
      target: describeRange(model.text, range.start, range.end, a.page),
      style: style ?? 'highlight',
      color: nearestColor(
        a.color && a.color.length >= 3 ? [a.color[0] ?? 0, a.color[1] ?? 0, a.color[2] ?? 0] : null,
      ),
      note: thread.join('\n\n---\n\n').slice(0, MAX_NOTE_CHARS),
      tags:
        a.subtype === 'Highlight' || a.subtype === 'Underline' ? [IMPORTED_TAG] : [IMPORTED_TAG, a.subtype],
      createdAt,
      updatedAt: pdfDate(a.modified) ?? createdAt,
    });
  }
  return result;
}
