// The sentence around a match, cut in three for the result list: back to the
// previous sentence end and on to the next, at most CONTEXT characters each way.
export const CONTEXT_CHARS = 60;

/** 。！？；!? and the line break, by code (a search may build thousands of snippets). */
function endsSentence(code: number): boolean {
  return (
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0xff1b ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x0a
  );
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

const SPACE = /\s/;
const SPACES = /\s+/g;
const squash = (s: string) => (SPACE.test(s) ? s.replace(SPACES, ' ') : s);

export function snippetAt(text: string, start: number, end: number, context = CONTEXT_CHARS): Snippet {
  const floor = Math.max(0, start - context);
  let from = start;
  while (from > floor && !endsSentence(text.charCodeAt(from - 1))) from--;
  const ceiling = Math.min(text.length, end + context);
  let to = end;
  while (to < ceiling && !endsSentence(text.charCodeAt(to))) to++;
  if (
    to < text.length &&
    to < ceiling + 1 &&
    endsSentence(text.charCodeAt(to)) &&
    text.charCodeAt(to) !== 0x0a
  )
    to++;
  return {
    before:
      (from > 0 && from === floor && !endsSentence(text.charCodeAt(from - 1)) ? '…' : '') +
      squash(text.slice(from, start)),
    match: squash(text.slice(start, end)),
    after:
      squash(text.slice(end, to)) +
      (to === ceiling && to < text.length && !endsSentence(text.charCodeAt(to - 1)) ? '…' : ''),
  };
}
