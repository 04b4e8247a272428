// The sentence around a match, cut in three for the result list: back to the
// previous sentence end and on to the next, at most CONTEXT characters each way.
export const CONTEXT_CHARS = 60;
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', '\n']);
const ends = (ch: string | undefined) => ch !== undefined && SENTENCE_END.has(ch);

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

export function snippetAt(text: string, start: number, end: number, context = CONTEXT_CHARS): Snippet {
  let from = start;
  while (from > 0 && start - from < context && !ends(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < context && !ends(text[to])) to++;
  if (to < text.length && ends(text[to]) && text[to] !== '\n') to++;
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 && start - from >= context ? '…' : '') + squash(text.slice(from, start)),
    match: squash(text.slice(start, end)),
    after: squash(text.slice(end, to)) + (to < text.length && to - end >= context ? '…' : ''),
  };
}
