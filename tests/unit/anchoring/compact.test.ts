import { describe, expect, it } from 'vitest';
import { compactAnnotations, expandAnnotations } from '../../../src-shared/anchoring/compact';
import { describeRange } from '../../../src-shared/anchoring/describe';
import type { Annotation, TextTarget } from '../../../src-shared/model';
import { hengyangTxt } from './hengyang';

const text = hengyangTxt().text;

function note(id: number, target: TextTarget | null): Annotation {
  return {
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    target,
    style: 'highlight',
    color: 'yellow',
    note: id % 2 ? `note ${id}` : '',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('compactAnnotations / expandAnnotations', () => {
  const made = Array.from({ length: 200 }, (_, i) =>
    note(i, describeRange(text, i * 97, i * 97 + 3 + (i % 9), i % 3 ? i : undefined)),
  );

  it('sends targets made in this text as offsets, and gets back exactly what was stored', () => {
    const compact = compactAnnotations(text, made);
    for (const a of compact.annotations) expect(a.target && 'quote' in a.target).toBe(false);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(made).length * 0.7);
    // The whole list back: every field, the page included, as stored.
    expect(expandAnnotations(text, JSON.parse(JSON.stringify(compact)))).toEqual(made);
  });

  it('sends whole any target the text does not describe exactly: other context, a moved quote, no target', () => {
    const base = describeRange(text, 500, 510);
    const shortContext = { ...base, prefix: base.prefix.slice(-8) };
    const moved = { ...base, start: 501, end: 511 };
    const past = { ...base, start: text.length + 5, end: text.length + 9 };
    const odd = [note(1, shortContext), note(2, moved), note(3, null), note(4, past)];
    const compact = compactAnnotations(text, odd);
    expect(compact.annotations).toEqual(odd);
    expect(expandAnnotations(text, compact)).toEqual(odd);
  });

  it('gives null for another text than the one the list was compacted against', () => {
    const compact = compactAnnotations(text, made);
    expect(expandAnnotations(text.slice(1), compact)).toBeNull();
    // Offsets past the text's end are refused too, not described from nothing.
    const [first] = made;
    if (!first) throw new Error('no annotations');
    const forged = { chars: 10, annotations: [{ ...first, target: { start: 4, end: 20 } }] };
    expect(expandAnnotations(text.slice(0, 10), forged)).toBeNull();
  });
});
