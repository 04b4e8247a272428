// The schema checks a text model's types; this checks that its offsets agree
// with its text: every range inside the text, well formed, and in order. A
// model that fails would put highlights and pages in the wrong places later.
import { AppError } from '../../src-shared/errors';
import type { TextModel } from '../../src-shared/model';

interface Range {
  start: number;
  end: number;
}

function checkRange(r: Range, length: number, where: string): void {
  if (!(r.start >= 0 && r.start <= r.end && r.end <= length)) {
    throw new AppError(
      'invalid-argument',
      `${where}: [${r.start}, ${r.end}) is not inside the text (${length})`,
    );
  }
}

/** Ranges in order and not overlapping. */
function checkDisjoint(ranges: readonly Range[], length: number, where: string): void {
  let previousEnd = 0;
  ranges.forEach((r, i) => {
    checkRange(r, length, `${where}.${i}`);
    if (r.start < previousEnd)
      throw new AppError('invalid-argument', `${where}.${i}: overlaps or is out of order`);
    previousEnd = r.end;
  });
}

/** Throws AppError('invalid-argument') when the model's offsets do not fit its text. */
export function checkTextModel(model: TextModel): void {
  const length = model.text.length;
  checkDisjoint(model.blocks, length, 'model.blocks');
  if (model.pages) {
    checkDisjoint(model.pages, length, 'model.pages');
    model.pages.forEach((page, p) => {
      page.items.forEach((at, i) => {
        if (at !== -1 && (at < page.start || at > page.end)) {
          throw new AppError('invalid-argument', `model.pages.${p}.items.${i}: ${at} is outside its page`);
        }
      });
    });
  }
  let previousStart = 0;
  model.outline.forEach((item, i) => {
    checkRange(item, length, `model.outline.${i}`);
    if (item.start < previousStart)
      throw new AppError('invalid-argument', `model.outline.${i}: out of order`);
    previousStart = item.start;
  });
}
