// Notes are Markdown, rendered safely (markdown-render.ts). Most notes are one
// plain line, rendered here at once; the renderer itself (markdown-it and
// DOMPurify, about half of the reader's chunk) is a chunk of its own, loaded
// when the first note that needs it is shown: a reader opening on a PDF does
// not parse it before page 1. Until it comes, such a note shows as escaped
// text; the renderer's arrival is reactive, so the cards render again.
import { shallowRef } from 'vue';

type Render = (markdown: string) => string;

const renderer = shallowRef<Render | null>(null);
let loading: Promise<Render> | null = null;

/** Loads the renderer (once); resolves when notes render as Markdown. */
export function loadMarkdown(): Promise<Render> {
  loading ??= import('./markdown-render').then(
    (m) => (renderer.value = m.renderMarkdown),
    (err: unknown) => {
      // A failed load (the chunk missing) is tried again by the next note.
      loading = null;
      throw err;
    },
  );
  return loading;
}

/**
 * One line with no ASCII punctuation, no markup and nothing linkify would take
 * (most notes: a sentence in Chinese): markdown-it would make it one
 * paragraph as it is, so it is one here, without a parser or a sanitiser
 * (40 cards of 5,000 notes opened cost ~40 ms of them).
 */
// Control characters are refused too (markdown-it replaces NUL).
// eslint-disable-next-line no-control-regex
const PLAIN = /^[^\s\0-\x1f\x7f!-/:-@[-`{-~][^\0-\x1f\x7f!-/:-@[-`{-~]*$/;

/** A note's HTML: rendered, or (the renderer still loading) its text escaped, line by line. */
export function renderNote(markdown: string): string {
  const plain = renderPlain(markdown);
  if (plain !== null) return plain;
  const render = renderer.value;
  if (render) return render(markdown);
  void loadMarkdown().catch(() => undefined);
  return `<p class="md-pending">${escapeHtml(markdown).replace(/\n/g, '<br>')}</p>`;
}

/** A plain line's HTML, or null when the note needs the parser. */
export function renderPlain(markdown: string): string | null {
  if (markdown === '') return '';
  return PLAIN.test(markdown) && !/\s$/.test(markdown) ? `<p>${markdown}</p>\n` : null;
}

/** A note as the plain text it reads as (the hover tooltip): Markdown rendered, then only its text (as written until the renderer comes). */
export function noteText(markdown: string): string {
  if (renderPlain(markdown) !== null) return markdown;
  const render = renderer.value;
  if (!render) {
    void loadMarkdown().catch(() => undefined);
    return markdown;
  }
  const body = new DOMParser().parseFromString(render(markdown), 'text/html').body;
  return (body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
