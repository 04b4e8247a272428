// The export checked against the MUSTs of the W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/, written out here since its test
// suite is not at hand), section by section.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src-shared/anchoring/describe';
import type { Annotation } from '../../../src-shared/model';
import { toAnnotationCollection } from '../../../src-shared/interop/jsonld-export';
import { model, record } from '../export/notes-sample';

const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const DATETIME_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

type J = Record<string, unknown>;
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);

function checkSelector(s: J): void {
  expect(typeof s['type']).toBe('string');
  switch (s['type']) {
    case 'TextQuoteSelector': // 4.2.4: exact MUST; prefix/suffix strings when present
      expect(typeof s['exact']).toBe('string');
      for (const k of ['prefix', 'suffix']) if (k in s) expect(typeof s[k]).toBe('string');
      break;
    case 'TextPositionSelector': // 4.2.5: start and end MUST be non-negative integers, start <= end
      expect(Number.isInteger(s['start']) && (s['start'] as number) >= 0).toBe(true);
      expect(Number.isInteger(s['end']) && (s['end'] as number) >= (s['start'] as number)).toBe(true);
      break;
    case 'FragmentSelector': // 4.2.1: value MUST; conformsTo SHOULD be an IRI
      expect(typeof s['value']).toBe('string');
      expect(s['conformsTo']).toMatch(IRI);
      break;
    default:
      throw new Error(`unexpected selector ${String(s['type'])}`);
  }
}

function checkAnnotation(a: J): void {
  // 3.1: id MUST be an IRI; type MUST include Annotation; target MUST (1 or more).
  expect(a['id']).toMatch(IRI);
  expect(arr(a['type'])).toContain('Annotation');
  expect(arr(a['target']).length).toBeGreaterThan(0);
  // 3.3.5: motivation values from the model's list.
  for (const m of arr(a['motivation'])) expect(MOTIVATIONS).toContain(m);
  // 3.3.1: created / modified MUST be xsd:dateTime and SHOULD be UTC.
  for (const k of ['created', 'modified']) if (k in a) expect(a[k]).toMatch(DATETIME_UTC);
  // 3.2.4: a TextualBody MUST have value; format a media type; purpose a motivation.
  for (const b of arr(a['body'])) {
    const body = b as J;
    if (typeof b === 'string') {
      expect(b).toMatch(IRI);
      continue;
    }
    expect(body['type']).toBe('TextualBody');
    expect(typeof body['value']).toBe('string');
    if ('format' in body) expect(body['format']).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    for (const p of arr(body['purpose'])) expect(MOTIVATIONS).toContain(p);
  }
  // 4: a SpecificResource MUST have source (an IRI); selectors as above; styleClass a string.
  for (const t of arr(a['target'])) {
    if (typeof t === 'string') {
      expect(t).toMatch(IRI);
      continue;
    }
    const target = t as J;
    expect(target['source']).toMatch(IRI);
    for (const s of arr(target['selector'])) checkSelector(s as J);
    if ('styleClass' in target) {
      expect(typeof target['styleClass']).toBe('string');
      // 4.2.? Styles: the classes named MUST be defined by the annotation's stylesheet.
      const css = ((a['stylesheet'] as J | undefined)?.['value'] as string | undefined) ?? '';
      for (const cls of (target['styleClass'] as string).split(' ')) expect(css).toContain(`.${cls}`);
    }
  }
  // 4.3.1: a stylesheet is a CssStylesheet with value when embedded.
  if ('stylesheet' in a) {
    const s = a['stylesheet'] as J;
    expect(s['type']).toBe('CssStylesheet');
    expect(typeof s['value']).toBe('string');
  }
}

describe('W3C Web Annotation conformance of the export', () => {
  const t = describeRange(model.text, 10, 20, 1);
  const notes: Annotation[] = [
    {
      id: '0b7f3a64-8a57-4a43-9f0e-2a1d5c3b9e11',
      target: t,
      style: 'underline',
      color: 'red',
      note: '笔记',
      tags: ['a'],
      createdAt: '2024-03-01T08:00:00.000Z',
      updatedAt: '2024-03-01T08:00:00.000Z',
    },
    {
      id: '1c8e4b75-9b68-4b54-8a1f-3b2e6d4c0f22',
      target: t,
      style: 'highlight',
      color: 'yellow',
      note: '',
      tags: [],
      createdAt: '2024-03-01T08:00:00.000Z',
      updatedAt: '2024-03-01T08:00:00.000Z',
    },
    {
      id: '2d9f5c86-ac79-4c65-9b20-4c3f7e5d1a33',
      target: null,
      style: 'highlight',
      color: 'yellow',
      note: '',
      tags: ['only'],
      createdAt: '2024-03-01T08:00:00.000Z',
      updatedAt: '2024-03-01T08:00:00.000Z',
    },
  ];
  const c = JSON.parse(
    JSON.stringify(toAnnotationCollection([{ docId: record.id, annotations: notes }], { label: 'x' })),
  ) as J;

  it('has a conforming collection and page (5.1, 5.2)', () => {
    // @context MUST be (or include) the anno context; id MUST be an IRI; type MUST include AnnotationCollection.
    expect(arr(c['@context'])).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(c['id']).toMatch(IRI);
    expect(arr(c['type'])).toContain('AnnotationCollection');
    expect(c['total']).toBe(3);
    const page = c['first'] as J;
    // A page MUST have an IRI, type AnnotationPage, and items; partOf names the collection.
    expect(page['id']).toMatch(IRI);
    expect(page['type']).toBe('AnnotationPage');
    expect(Array.isArray(page['items'])).toBe(true);
    expect((page['partOf'] as string) === c['id']).toBe(true);
    expect(page['startIndex']).toBe(0);
    expect(page['next']).toBeUndefined();
  });

  it('has conforming annotations (3, 4)', () => {
    const items = (c['first'] as J)['items'] as J[];
    expect(items).toHaveLength(3);
    items.forEach(checkAnnotation);
    // Ids are unique.
    expect(new Set(items.map((i) => i['id'])).size).toBe(3);
    expect(items.map((i) => i['motivation'])).toEqual(['commenting', 'highlighting', 'tagging']);
  });

  it('a non-conforming annotation fails the checks (the checks can fail)', () => {
    expect(() => checkAnnotation({ id: 'not an iri', type: 'Annotation', target: 'urn:x:y' })).toThrow();
    expect(() => checkSelector({ type: 'TextPositionSelector', start: -1, end: 2 })).toThrow();
    expect(() => checkAnnotation({ id: 'urn:x:y', type: 'Annotation' })).toThrow();
  });
});
