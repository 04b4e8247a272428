import { describe, expect, it } from 'vitest';
import { compactAnnotations, expandAnnotations } from '../../../src-shared/anchoring/compact';
import { describeRange } from '../../../src-shared/anchoring/describe';
import { decodeMarks, MARK_FIELDS, marksOf } from '../../../src-shared/anchoring/marks';
import { ANNOTATION_COLORS } from '../../../src-shared/model';
import type { Annotation, TextTarget } from '../../../src-shared/model';
import { hengyangTxt } from './hengyang';

const text = hengyangTxt().text;

function note(id: number, target: TextTarget | null): Annotation {
  return {
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    target,
    style: id % 4 ? 'highlight' : 'underline',
    color: ANNOTATION_COLORS[id % ANNOTATION_COLORS.length] ?? 'yellow',
    note: `note ${id} `.repeat(id % 5),
    tags: id % 3 ? [] : ['财政'],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('marksOf / decodeMarks', () => {
  const made = Array.from({ length: 300 }, (_, i) =>
    note(i, describeRange(text, i * 61, i * 61 + 2 + (i % 7))),
  );

  it('gives each highlight the text describes its place, style and colour, as the whole annotations do', () => {
    const list = marksOf(text, made);
    expect(list).toMatchObject({ chars: text.length, total: 300, pending: 0 });
    expect(list.marks).toHaveLength(300 * MARK_FIELDS);
    const whole = expandAnnotations(text, compactAnnotations(text, made)) ?? [];
    expect(decodeMarks(text, list)).toEqual(
      whole.map((a) => ({
        id: null,
        start: a.target?.start,
        end: a.target?.end,
        style: a.style,
        color: a.color,
      })),
    );
    // A twentieth of the list the annotations travel in, or less.
    expect(JSON.stringify(list).length).toBeLessThan(
      JSON.stringify(compactAnnotations(text, made)).length / 5,
    );
  });

  it('leaves out notes on the whole document, and counts targets to be found again as pending', () => {
    const moved = note(1, { ...describeRange(text, 100, 110), start: 200, end: 210 });
    const list = marksOf(text, [note(0, null), moved, made[5] ?? note(5, null)]);
    expect(list).toMatchObject({ total: 3, pending: 1 });
    expect(list.marks).toHaveLength(MARK_FIELDS);
  });

  it('gives nothing back for another text or a list that is not well formed', () => {
    const list = marksOf(text, made.slice(0, 3));
    expect(decodeMarks(text.slice(1), list)).toBeNull();
    expect(decodeMarks(text, { ...list, marks: list.marks.slice(1) })).toBeNull();
    for (const bad of [
      [-1, 2, 0, 0],
      [5, 4, 0, 0],
      [0, text.length + 1, 0, 0],
      [0, 2, 2, 0],
      [0, 2, 0, ANNOTATION_COLORS.length],
      [0.5, 2, 0, 0],
      [0, 2.5, 0, 0],
    ])
      expect(decodeMarks(text, { ...list, marks: bad }), String(bad)).toBeNull();
  });
});
