// Notes are Markdown, rendered safely: no raw HTML, no remote images, and
// links that open nothing inside the app (sanitised again with DOMPurify).
import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

// An image would be fetched from wherever it points: show its text instead.
md.renderer.rules['image'] = (tokens, idx) => {
  const token = tokens[idx];
  const alt = token ? md.utils.escapeHtml(token.content || token.attrGet('src') || '') : '';
  return `<span class="md-image">[${alt}]</span>`;
};

export function renderNote(markdown: string): string {
  return DOMPurify.sanitize(md.render(markdown), {
    FORBID_TAGS: ['img', 'style', 'iframe', 'form', 'input', 'video', 'audio', 'source', 'object', 'embed'],
    FORBID_ATTR: ['style', 'srcset'],
  });
}
