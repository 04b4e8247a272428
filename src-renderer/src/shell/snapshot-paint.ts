// The library as the app last drew it, shown by launch-early.ts while the
// app's bundle is still on its way (launch-snapshot.ts takes it down once the
// app has drawn the rows itself). The main process puts it in the page it
// serves (src-main/services/launch-snapshot.ts) only when nothing it was
// drawn from has changed. The markup is the app's own; it is still read as
// untrusted: parsed in an inert template, and only the elements and
// attributes the library draws are kept (the page's policy runs no inline
// script either way). It is inert: a click or key goes to the app once it is
// there (nothing is half-done on a picture of it).
import { SNAPSHOT_DATA_ID, SNAPSHOT_ID } from '@shared/launch/page-ids';

/** The elements the library draws; anything else goes, with what it holds. */
const DRAWN =
  'div, span, section, header, nav, h1, p, a, button, table, thead, tbody, tr, th, td, details, summary, ul, li, form, input, select, option, label';

/**
 * Keeps what the library draws (a few native queries, not a walk in script:
 * this runs while the page is starting). Inline handlers and scripts would
 * not run anyway (the page's policy); links lead nowhere, and no attribute
 * loads or styles anything.
 */
function clean(root: DocumentFragment): void {
  for (const el of root.querySelectorAll(`:not(${DRAWN})`)) el.remove();
  for (const el of root.querySelectorAll('[href]:not(a[href="#"])')) el.removeAttribute('href');
  for (const name of ['style', 'src', 'srcset', 'action', 'formaction', 'autofocus'])
    for (const el of root.querySelectorAll(`[${name}]`)) el.removeAttribute(name);
}

export interface PaintedSnapshot {
  /** Takes it down (the app has drawn its view). */
  remove(): void;
}

/** What the page carries (null when nothing, or not what it should be). */
function carried(doc: Document): string | null {
  const text = doc.getElementById(SNAPSHOT_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as { html?: unknown } | null;
    return typeof data?.html === 'string' ? data.html : null;
  } catch {
    return null;
  }
}

/** Shows the library the page carries over the page until the app takes it down; null when it carries none. */
export function paintSnapshot(doc: Document): PaintedSnapshot | null {
  const html = carried(doc);
  // Not when the app is there first (a page served by the dev server carries none).
  if (html === null || doc.getElementById('app')?.hasChildNodes()) return null;
  const template = doc.createElement('template');
  template.innerHTML = html;
  const content = template.content;
  clean(content);
  const holder = doc.createElement('div');
  holder.id = SNAPSHOT_ID;
  holder.setAttribute('inert', '');
  holder.append(content);
  // The page carries it in its head: the body may not be parsed yet.
  if (doc.body) doc.body.prepend(holder);
  else doc.addEventListener('readystatechange', () => doc.body?.prepend(holder), { once: true });
  // An app that fails as it starts must not sit behind a picture that does nothing.
  const remove = () => {
    holder.remove();
    window.removeEventListener('error', remove);
  };
  window.addEventListener('error', remove);
  return { remove };
}
