// What the user is told after notes came in from elsewhere.
import type { PdfNotesResult } from '@shared/interop/pdf-annotations';
import type { PlaceResult } from '@shared/interop/place';
import { i18n } from '../i18n';

/** `6 notes from the PDF's annotations; 2 drawings (Ink) on page 1 stay on the page`. */
export function pdfNotesMessage(r: PdfNotesResult): string {
  const t = i18n.global.t;
  const parts = [t('interop.pdfNotesAdded', { n: r.annotations.length, same: r.duplicates })];
  if (r.others.length > 0) {
    const pages = [...new Set(r.others.map((o) => o.page))].join(', ');
    const kinds = [...new Set(r.others.map((o) => o.subtype))].join(', ');
    parts.push(t('interop.pdfOthers', { n: r.others.length, kinds, pages }));
  }
  if (r.unplaced.length > 0) parts.push(t('interop.pdfUnplaced', { n: r.unplaced.length }));
  return parts.join(t('interop.sep'));
}

export function placedMessage(r: PlaceResult): string {
  return i18n.global.t('interop.imported', {
    placed: r.placed,
    notFound: r.notFound,
    same: r.duplicates,
    other: r.otherDocuments + r.unreadable,
  });
}
