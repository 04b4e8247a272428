// Text from a document put into Markdown must read as text: no emphasis from
// a `*`, no heading from a line starting with `#`, no Obsidian tag from `#1`,
// no math from `$`, no comment from `%%`, no HTML from `<`.

const INLINE = /[\\`*_[\]<#$]|~~|==|%%/g;

/** Escapes what Markdown (and Obsidian) would read as markup inside a line. */
export function escapeInline(text: string): string {
  return text.replace(INLINE, (m) => (m.length === 2 ? `${m[0]}\\${m[1]}` : `\\${m}`));
}

/** `escapeInline`, plus what only means something at the start of a line: quotes, lists, rules. */
export function escapeLine(line: string): string {
  const escaped = escapeInline(line.trim());
  return escaped.replace(/^[>+\-=]/, (m) => `\\${m}`).replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** The text as a block quote: every line prefixed with `> `, paragraphs separated by a bare `>`. */
export function blockQuote(text: string): string[] {
  const paragraphs = text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map(escapeLine)
    .filter((line) => line.length > 0);
  return paragraphs.flatMap((line, i) => (i === 0 ? [`> ${line}`] : ['>', `> ${line}`]));
}

/** A tag as Obsidian reads it: no leading `#`, spaces and punctuation as `_`; '' if nothing is left. */
export function tagText(tag: string): string {
  return tag
    .trim()
    .replace(/^#+/, '')
    .trim()
    .replace(/\s+/g, '_')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]/gu, '_');
}

/** `#a #b`: the tags, each once, skipping those with nothing left. */
export function tagLine(tags: readonly string[]): string {
  const seen = new Set(tags.map(tagText).filter((t) => t.length > 0));
  return [...seen].map((t) => `#${t}`).join(' ');
}

/** A note as written, with a code fence it left open closed, so it cannot swallow the rest of the file. */
export function closeFences(note: string): string {
  let open: string | null = null;
  for (const line of note.split(/\r?\n/)) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (!fence) continue;
    if (open === null) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length) open = null;
  }
  const trimmed = note.replace(/\s+$/, '');
  return open === null ? trimmed : `${trimmed}\n${open}`;
}
