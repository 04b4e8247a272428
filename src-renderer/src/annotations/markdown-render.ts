// The Markdown renderer proper (markdown-it, then DOMPurify): a chunk of its
// own, loaded by markdown.ts when the first note that needs it is shown.
// No raw HTML, no remote images, and links that open nothing inside the app.
import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';

let md: MarkdownIt | null = null;

/** The parser, made on first use: its rules and linkify's patterns cost ~30 ms. */
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

export function renderMarkdown(markdown: string): string {
  return DOMPurify.sanitize(parser().render(markdown), {
    FORBID_TAGS: ['img', 'style', 'iframe', 'form', 'input', 'video', 'audio', 'source', 'object', 'embed'],
    FORBID_ATTR: ['style', 'srcset'],
  });
}
