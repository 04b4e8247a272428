// JSON-LD both ways: every field of our model survives export and import.
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../src-shared/anchoring/anchor';
import { describeRange } from '../../../src-shared/anchoring/describe';
import type { Annotation } from '../../../src-shared/model';
import { collectionToJson, toAnnotationCollection } from '../../../src-shared/interop/jsonld-export';
import { parseAnnotationFile } from '../../../src-shared/interop/jsonld-read';
import { placeForeignNotes } from '../../../src-shared/interop/place';
import { model, record } from '../export/notes-sample';

const text = model.text;
const at = (q: string) => text.indexOf(q);

function ours(): Annotation[] {
  const t1 = describeRange(text, at('全市生产总值'), at('全市生产总值') + 10, 1);
  const t2 = describeRange(text, at('坚持稳中求进'), at('坚持稳中求进') + 6, 2);
  return [
    {
      id: '0b7f3a64-8a57-4a43-9f0e-2a1d5c3b9e11',
      target: t1,
      style: 'underline',
      color: 'purple',
      note: '增速**高于**全省。\n\n第二段 <b>不是 HTML</b>',
      tags: ['GDP', 'two words'],
      createdAt: '2024-03-01T08:00:00.000Z',
      updatedAt: '2024-03-02T09:30:00.000Z',
    },
    {
      id: '1c8e4b75-9b68-4b54-8a1f-3b2e6d4c0f22',
      target: t2,
      style: 'highlight',
      color: 'green',
      note: '',
      tags: [],
      createdAt: '2024-03-03T08:00:00.000Z',
      updatedAt: '2024-03-03T08:00:00.000Z',
    },
    {
      id: '2d9f5c86-ac79-4c65-9b20-4c3f7e5d1a33',
      target: null,
      style: 'highlight',
      color: 'yellow',
      note: '整篇的印象',
      tags: ['总体'],
      createdAt: '2024-03-04T08:00:00.000Z',
      updatedAt: '2024-03-05T08:00:00.000Z',
    },
  ];
}

describe('JSON-LD round trip', () => {
  it('gives back every field of every annotation, in an empty document', () => {
    const json = collectionToJson(
      toAnnotationCollection([{ docId: record.id, annotations: ours() }], { label: 't' }),
    );
    const read = parseAnnotationFile(json);
    expect(read.unreadable).toBe(0);
    const placed = placeForeignNotes({
      docId: record.id,
      text,
      pages: model.pages,
      existing: new Set(),
      notes: read.notes,
      now: '2025-01-01T00:00:00.000Z',
    });
    expect(placed).toMatchObject({ placed: 3, notFound: 0, duplicates: 0 });
    expect(placed.annotations).toEqual(ours());
  });

  it('adds nothing when the same file is imported again', () => {
    const json = collectionToJson(
      toAnnotationCollection([{ docId: record.id, annotations: ours() }], { label: 't' }),
    );
    const placed = placeForeignNotes({
      docId: record.id,
      text,
      existing: new Set(ours().map((a) => a.id)),
      notes: parseAnnotationFile(json).notes,
      now: '2025-01-01T00:00:00.000Z',
    });
    expect(placed.annotations).toEqual([]);
    expect(placed.duplicates).toBe(3);
  });

  it('skips the notes of another document of a library-wide file', () => {
    const json = collectionToJson(
      toAnnotationCollection(
        [
          { docId: record.id, annotations: ours().slice(0, 1) },
          { docId: 'b'.repeat(64), annotations: ours().slice(1) },
        ],
        { label: 'library' },
      ),
    );
    const placed = placeForeignNotes({
      docId: record.id,
      text,
      existing: new Set(),
      notes: parseAnnotationFile(json).notes,
      now: '2025-01-01T00:00:00.000Z',
    });
    expect(placed.annotations.map((a) => a.id)).toEqual([ours()[0]?.id]);
    expect(placed.otherDocuments).toBe(2);
  });

  it('keeps a quote that is nowhere in the text as not found, with its quote', () => {
    const a = ours()[0] as Annotation;
    const gone = {
      ...a,
      target: { ...describeRange(text, 0, 4), quote: '三、已经删除的一节', prefix: '', suffix: '' },
    };
    const json = collectionToJson(
      toAnnotationCollection([{ docId: record.id, annotations: [gone] }], { label: 't' }),
    );
    const placed = placeForeignNotes({
      docId: record.id,
      text,
      existing: new Set(),
      notes: parseAnnotationFile(json).notes,
      now: '2025-01-01T00:00:00.000Z',
    });
    expect(placed).toMatchObject({ placed: 0, notFound: 1 });
    const target = placed.annotations[0]?.target;
    expect(target?.quote).toBe('三、已经删除的一节');
    expect(target && anchor(text, target).status).toBe('orphan');
  });
});
