// Notes are Markdown, rendered safely: no raw HTML, no remote images, and
// links that open nothing inside the app (sanitised again with DOMPurify).
import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';

let md: MarkdownIt | null = null;

/**
 * The parser, made when the first note that needs it is rendered: making it
 * (its rules, linkify's patterns) costs ~30 ms, which a reader opening with
 * no such note, or a PDF's first page, need not wait for.
 */
function parser(): MarkdownIt {
  if (md) return md;
  const made = new MarkdownIt({ html: false, linkify: true, breaks: true });
  // An image would be fetched from wherever it points: show its text instead.
  made.renderer.rules['image'] = (tokens, idx) => {
    const token = tokens[idx];
    const alt = token ? made.utils.escapeHtml(token.content || token.attrGet('src') || '') : '';
    return `<span class="md-image">[${alt}]</span>`;
  };
  md = made;
  return made;
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

export function renderNote(markdown: string): string {
  return renderPlain(markdown) ?? renderMarkdown(markdown);
}

/** A plain line's HTML, or null when the note needs the parser. */
export function renderPlain(markdown: string): string | null {
  if (markdown === '') return '';
  return PLAIN.test(markdown) && !/\s$/.test(markdown) ? `<p>${markdown}</p>\n` : null;
}

export function renderMarkdown(markdown: string): string {
  return DOMPurify.sanitize(parser().render(markdown), {
    FORBID_TAGS: ['img', 'style', 'iframe', 'form', 'input', 'video', 'audio', 'source', 'object', 'embed'],
    FORBID_ATTR: ['style', 'srcset'],
  });
}

/** A note as the plain text it reads as (the hover tooltip): Markdown rendered, then only its text. */
export function noteText(markdown: string): string {
  if (renderPlain(markdown) !== null) return markdown;
  const body = new DOMParser().parseFromString(renderMarkdown(markdown), 'text/html').body;
  return (body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}
