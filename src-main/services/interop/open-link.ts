// What a reportlens:// link opens: the document (only one of the library)
// and the passage, found by the link's quote with the fuzzy anchoring (the
// text may have changed since), else by the note it names. Shared by the
// protocol handler in the Electron glue and the tests.
import { anchor } from '../../../src-shared/anchoring/anchor';
import { AppError } from '../../../src-shared/errors';
import { parseNoteLink } from '../../../src-shared/interop/links';
import type { LibraryService } from '../library';
import type { NotesService } from '../notes';

export interface OpenPassage {
  id: string;
  /** The passage, or null when the link names none or it is not found (the document opens at its start). */
  start: number | null;
  end: number | null;
}

export async function resolveLink(
  library: Pick<LibraryService, 'has' | 'open'>,
  notes: Pick<NotesService, 'list'>,
  url: string,
): Promise<OpenPassage> {
  const link = parseNoteLink(url);
  if (!link)
    throw new AppError('invalid-argument', 'not a ReportLens link', { detail: 'not a ReportLens link' });
  if (!library.has(link.docId))
    throw new AppError('not-found', 'the linked document is not in the library', { path: link.docId });
  const { model } = await library.open({ id: link.docId });
  let target = link.quote
    ? {
        start: link.quote.start ?? 0,
        end: (link.quote.start ?? 0) + link.quote.exact.length,
        quote: link.quote.exact,
        prefix: link.quote.prefix,
        suffix: link.quote.suffix,
      }
    : null;
  if (!target && link.note)
    target = (await notes.list({ id: link.docId })).find((a) => a.id === link.note)?.target ?? null;
  if (!target) return { id: link.docId, start: null, end: null };
  const found = anchor(model.text, target);
  return found.status === 'orphan'
    ? { id: link.docId, start: null, end: null }
    : { id: link.docId, start: found.start, end: found.end };
}
