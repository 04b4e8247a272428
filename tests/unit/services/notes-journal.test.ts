import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyChange, encodeEntry, parseJournal, undoChange } from '../../../src-main/services/notes-journal';
import type { NotesChange } from '../../../src-main/services/notes-journal';
import type { Annotation } from '../../../src-shared/model';
import { annotationOf } from './helpers';

const a = annotationOf('甲');
const b = annotationOf('乙');
const c = annotationOf('丙');
const ids = (list: Annotation[]) => list.map((x) => x.id).sort();
const change = (upserts: Annotation[], deletes: string[] = []): NotesChange => ({ upserts, deletes });

describe('applyChange', () => {
  it('adds, replaces by id, then deletes, ignoring unknown ids', () => {
    const list = [a, b];
    const a2 = { ...a, note: '改' };
    const touched = applyChange(list, change([a2, c], [b.id, annotationOf('x').id]));
    expect(list).toEqual([a2, c]);
    expect(touched).toEqual([
      { id: a.id, before: a, after: a2 },
      { id: c.id, after: c },
      { id: b.id, before: b },
    ]);
  });

  it('deletes an annotation added in the same change', () => {
    const list: Annotation[] = [];
    applyChange(list, change([a], [a.id]));
    expect(list).toEqual([]);
  });

  it('gives the same notes when replayed over notes that already hold it', () => {
    const steps = [
      change([a, b]),
      change([{ ...a, note: '1' }], [b.id]),
      change([b, c], [a.id]),
      change([{ ...c, note: '2' }]),
    ];
    const once: Annotation[] = [];
    for (const s of steps) applyChange(once, s);
    const twice = once.map((x) => x);
    for (const s of steps) applyChange(twice, s);
    expect(ids(twice)).toEqual(ids(once));
    expect(twice.find((x) => x.id === c.id)?.note).toBe('2');
  });
});

describe('undoChange', () => {
  it('takes back adds, replacements and deletes, in any order of the list', () => {
    const list = [a, b];
    const touched = applyChange(list, change([{ ...a, note: '改' }, c, { ...c, note: '再改' }], [b.id]));
    list.reverse();
    undoChange(list, touched);
    expect(ids(list)).toEqual(ids([a, b]));
    expect(list.find((x) => x.id === a.id)).toBe(a);
  });

  it('takes back several changes, newest first', () => {
    const list = [a];
    const first = applyChange(list, change([b], [a.id]));
    const second = applyChange(list, change([a], [b.id]));
    undoChange(list, second);
    undoChange(list, first);
    expect(list).toEqual([a]);
  });
});

describe('parseJournal', () => {
  it('reads the changes back', () => {
    const one = change([a], [b.id]);
    const two = change([], [a.id]);
    expect(parseJournal(encodeEntry(one) + encodeEntry(two))).toEqual({
      changes: [one, two],
      damaged: 0,
      torn: false,
    });
    expect(parseJournal('')).toEqual({ changes: [], damaged: 0, torn: false });
  });

  it('still reads version 1 lines (no checksum), before and after new ones', () => {
    const one = change([a]);
    const two = change([b]);
    const legacy = `${JSON.stringify({ v: 1, upserts: one.upserts, deletes: one.deletes })}\n`;
    expect(parseJournal(legacy + encodeEntry(two)).changes).toEqual([one, two]);
  });

  it('drops an unfinished last line without calling it damage', () => {
    const one = change([a]);
    const text = encodeEntry(one) + encodeEntry(change([b])).slice(0, 30);
    expect(parseJournal(text)).toEqual({ changes: [one], damaged: 0, torn: true });
  });

  it('calls an unfinished last line damage once the app was closed cleanly since', () => {
    const one = change([a]);
    const text = encodeEntry(one) + encodeEntry(change([b])).slice(0, 30);
    expect(parseJournal(text, { tornTailIsDamage: true })).toEqual({
      changes: [one],
      damaged: 1,
      torn: false,
    });
  });

  it('a tail of NUL bytes is damage, not a crash', () => {
    const one = change([a]);
    expect(parseJournal(`${encodeEntry(one)}\0\0\0\0`)).toEqual({ changes: [one], damaged: 1, torn: false });
  });

  it('a flipped bit inside a note is damage, not a changed note', () => {
    const line = encodeEntry(change([{ ...a, note: '增长6.5%' }]));
    const flipped = line.replace('6.5', '7.5');
    expect(parseJournal(flipped)).toEqual({ changes: [], damaged: 1, torn: false });
  });

  it('a line of the right length and checksum but the wrong shape is damage', () => {
    const json = JSON.stringify({ upserts: [{ id: 'x' }], deletes: [] });
    const sum = createHash('sha256').update(json).digest('hex').slice(0, 16);
    expect(parseJournal(`J ${json.length} ${sum} ${json}\n`).damaged).toBe(1);
  });

  it.each([
    ['not JSON', '{"v":1,"ups\n'],
    ['NUL bytes', '\0\0\0\0\n'],
    [
      'an annotation of the wrong shape',
      `${JSON.stringify({ v: 1, upserts: [{ id: 'x' }], deletes: [] })}\n`,
    ],
    ['an unknown journal version', `${JSON.stringify({ v: 3, upserts: [], deletes: [] })}\n`],
  ])('keeps every line that verifies around a damaged one (%s)', (_label, bad) => {
    const one = change([a]);
    const two = change([b]);
    expect(parseJournal(encodeEntry(one) + bad + encodeEntry(two))).toEqual({
      changes: [one, two],
      damaged: 1,
      torn: false,
    });
  });
});
