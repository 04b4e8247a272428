// Files other tools write: only a quote, wrong or absurd positions, several
// selectors, body as an IRI or an array, bodyValue, unknown keys, HTML
// bodies, Hypothesis's JSON; and files that are refused as a whole.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { parseAnnotationFile, readAnnotations } from '../../../src-shared/interop/jsonld-read';
import { placeForeignNotes } from '../../../src-shared/interop/place';
import { model, record } from '../export/notes-sample';

const text = model.text;
function place(json: unknown) {
  return placeForeignNotes({
    docId: record.id,
    text,
    pages: model.pages,
    existing: new Set(),
    notes: readAnnotations(json).notes,
    now: '2025-01-01T00:00:00.000Z',
  });
}
const at = (q: string) => text.indexOf(q);

describe('foreign annotation shapes', () => {
  it('reads a quote alone, wrong positions, absurd positions and several selectors', () => {
    const r = place([
      {
        id: 'a1',
        type: 'Annotation',
        bodyValue: '只有引文',
        target: { source: 'http://x', selector: { type: 'TextQuoteSelector', exact: '坚持稳中求进' } },
      },
      {
        id: 'a2',
        type: 'Annotation',
        target: {
          source: 'http://x',
          selector: [
            { type: 'TextPositionSelector', start: 3, end: 9 },
            { type: 'TextQuoteSelector', exact: '推动高质量发展', prefix: '坚持稳中求进，', suffix: '。' },
          ],
        },
      },
      {
        id: 'a3',
        type: 'Annotation',
        target: {
          selector: [
            { type: 'TextPositionSelector', start: -5, end: 1e15 },
            { type: 'TextQuoteSelector', exact: '各位代表' },
          ],
        },
      },
      {
        id: 'a4',
        type: 'Annotation',
        target: { selector: { type: 'TextPositionSelector', start: 9e99, end: 'x' } },
      },
    ]);
    expect(r.placed).toBe(3);
    expect(r.unreadable).toBe(1);
    const starts = r.annotations.map((a) => a.target?.start);
    expect(starts).toEqual([at('坚持稳中求进'), at('推动高质量发展'), at('各位代表')]);
    expect(r.annotations[0]?.note).toBe('只有引文');
  });

  it('reads bodies as IRIs, arrays with tags and HTML (made plain), ignoring unknown keys', () => {
    const r = place({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { ex: 'http://example.org/' }],
      type: 'AnnotationCollection',
      'ex:whatever': { deep: [1, 2] },
      first: {
        type: 'AnnotationPage',
        items: [
          {
            id: 'urn:uuid:6f1d1a1e-1111-4222-8333-944445555666',
            type: 'Annotation',
            body: 'http://example.org/comment/1',
            target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: '各位代表' } },
          },
          {
            id: 'b2',
            type: 'Annotation',
            unknown: true,
            body: [
              {
                type: 'TextualBody',
                value: '<p>好<b>句子</b></p><script>alert(1)</script><img src=x onerror=alert(2)>',
                format: 'text/html',
              },
              { type: 'TextualBody', value: '标签一', purpose: 'tagging' },
            ],
            target: [{ source: 'x', selector: { type: 'TextQuoteSelector', exact: '坚持稳中求进' } }],
          },
        ],
      },
    });
    expect(r.placed).toBe(2);
    expect(r.annotations[0]?.id).toBe('6f1d1a1e-1111-4222-8333-944445555666');
    expect(r.annotations[0]?.note).toBe('http://example.org/comment/1');
    expect(r.annotations[1]?.note).toBe('好句子');
    expect(r.annotations[1]?.note).not.toMatch(/[<>]|alert/);
    expect(r.annotations[1]?.tags).toEqual(['标签一']);
  });

  it("reads Hypothesis's JSON (API rows and export), with tags and dates", () => {
    const hyp = {
      id: 'Zk3aJs9DEe6Xl2s1oXy7Gg',
      created: '2023-05-01T10:00:00.000000+00:00',
      updated: '2023-05-02T10:00:00.000000+00:00',
      uri: 'file:///report.pdf',
      text: 'Hypothesis 的笔记',
      tags: ['hyp'],
      target: [
        {
          source: 'file:///report.pdf',
          selector: [
            {
              type: 'RangeSelector',
              startContainer: '/div[1]',
              startOffset: 0,
              endContainer: '/div[1]',
              endOffset: 4,
            },
            { type: 'TextPositionSelector', start: 0, end: 2 },
            { type: 'TextQuoteSelector', exact: '全市生产总值增长', prefix: '', suffix: ' 7.4%' },
          ],
        },
      ],
    };
    for (const file of [
      { total: 1, rows: [hyp] },
      { export_date: 'x', annotations: [hyp] },
    ]) {
      const r = place(file);
      expect(r.placed).toBe(1);
      const a = r.annotations[0];
      expect(a?.target?.start).toBe(at('全市生产总值增长'));
      expect(a?.note).toBe('Hypothesis 的笔记');
      expect(a?.tags).toEqual(['hyp']);
      expect(a?.createdAt).toBe('2023-05-01T10:00:00.000Z');
      expect(a?.updatedAt).toBe('2023-05-02T10:00:00.000Z');
    }
    // Same Hypothesis id, same note id.
    expect(place({ rows: [hyp] }).annotations[0]?.id).toBe(place([hyp]).annotations[0]?.id);
  });

  it('refuses a file that is not JSON, holds no annotations, or too many, with a message', () => {
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        return String((err as AppError).params?.['detail']);
      }
      throw new Error('did not throw');
    };
    expect(message(() => parseAnnotationFile('<html>'))).toMatch(/not a JSON file/);
    expect(message(() => parseAnnotationFile('{"a":1}'))).toMatch(/no annotations/);
    const many = JSON.stringify({ rows: Array.from({ length: 100_000 }, () => ({ target: [] })) });
    expect(message(() => parseAnnotationFile(many))).toMatch(/100000 annotations/);
    expect(message(() => parseAnnotationFile(' '.repeat(21 * 1024 * 1024)))).toMatch(/larger than 20 MB/);
  });
});
