// An HTML body from another tool as plain text: the markup goes (scripts and
// styles with their content), entities are decoded, paragraphs and line
// breaks become line ends. The note is then Markdown like any other and is
// rendered without raw HTML and sanitised, as every note is.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style|template|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    // A tag left open at the end (`<img src=x onerror=…`) goes too.
    .replace(/<[a-z!/][^]*$/i, '');
  return decodeEntities(text)
    .replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
