// reportlens:// links: one per note, naming the document by its id and the
// passage by a quote selector (with context), so that a link still finds its
// passage after the text changed. Parsing is strict: only our scheme, only
// the `open` action, a document id (never a path), bounded parameters.
import type { Annotation, TextTarget } from '../model';

export const LINK_SCHEME = 'reportlens';
const MAX_EXACT = 300;
const MAX_CONTEXT = 32;
const MAX_LINK = 4000;

export interface PassageLink {
  docId: string;
  /** The note the link was made for, if any. */
  note?: string;
  quote?: { exact: string; prefix: string; suffix: string; start?: number };
}

/** `reportlens://open/<doc id>?note=<id>&exact=…&prefix=…&suffix=…&start=N` */
export function noteLink(docId: string, a: Pick<Annotation, 'id' | 'target'>): string {
  const params = new URLSearchParams({ note: a.id });
  const t: TextTarget | null = a.target;
  if (t) {
    // A long quote is cut: its start with the context before it still finds it.
    params.set('exact', t.quote.slice(0, MAX_EXACT));
    params.set('prefix', t.prefix.slice(-MAX_CONTEXT));
    params.set('suffix', t.quote.length > MAX_EXACT ? '' : t.suffix.slice(0, MAX_CONTEXT));
    params.set('start', String(t.start));
  }
  return `${LINK_SCHEME}://open/${docId}?${params.toString().replace(/\+/g, '%20')}`;
}

/** The link's parts, or null for anything that is not a well-formed link of ours. */
export function parseNoteLink(url: string): PassageLink | null {
  if (typeof url !== 'string' || url.length > MAX_LINK) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${LINK_SCHEME}:` || u.hostname !== 'open' || u.username || u.password || u.port)
    return null;
  const m = /^\/([0-9a-f]{64})\/?$/.exec(u.pathname);
  if (!m?.[1]) return null;
  const link: PassageLink = { docId: m[1] };
  const note = u.searchParams.get('note');
  if (note && /^[0-9a-f-]{36}$/i.test(note)) link.note = note.toLowerCase();
  const exact = u.searchParams.get('exact');
  if (exact && exact.length <= MAX_EXACT) {
    const start = Number(u.searchParams.get('start'));
    link.quote = {
      exact,
      prefix: (u.searchParams.get('prefix') ?? '').slice(-MAX_CONTEXT),
      suffix: (u.searchParams.get('suffix') ?? '').slice(0, MAX_CONTEXT),
      ...(Number.isSafeInteger(start) && start >= 0 ? { start } : {}),
    };
  }
  return link;
}
