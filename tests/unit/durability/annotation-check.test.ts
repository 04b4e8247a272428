// The fast check must never pass what AnnotationSchema refuses or would
// change: every value it passes, the schema accepts and returns equal.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { AnnotationSchema } from '../../../src-shared/api';
import {
  arePlainIds,
  arePlainValidAnnotations,
  isPlainValidAnnotation,
} from '../../../src-shared/annotation-check';

const good = () => ({
  id: '0b9c8a3e-5f1d-4c2b-9a7e-1d2c3b4a5f60',
  target: { start: 10, end: 14, quote: '发展经济', prefix: '坚持', suffix: '，全年', page: 3 },
  style: 'highlight',
  color: 'yellow',
  note: '要看',
  tags: ['经济', '民生'],
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-01T10:00:01.000Z',
});

/** Values that go wrong in one place each (and some that are right in an unusual way). */
const variants: Array<[string, unknown]> = [
  ['valid', good()],
  ['no page', { ...good(), target: { ...good().target, page: undefined } }],
  [
    'page absent',
    (() => {
      const a = good();
      const target: Partial<ReturnType<typeof good>['target']> = { ...a.target };
      delete target.page;
      return { ...a, target };
    })(),
  ],
  ['document note', { ...good(), target: null }],
  [
    'target missing',
    (() => {
      const rest: Partial<ReturnType<typeof good>> = good();
      delete rest.target;
      return rest;
    })(),
  ],
  ['extra key', { ...good(), extra: 1 }],
  ['extra target key', { ...good(), target: { ...good().target, x: 1 } }],
  ['bad id', { ...good(), id: 'not-a-uuid' }],
  ['upper-case id', { ...good(), id: '0B9C8A3E-5F1D-4C2B-9A7E-1D2C3B4A5F60' }],
  ['numeric id', { ...good(), id: 7 }],
  ['bad style', { ...good(), style: 'strike' }],
  ['bad colour', { ...good(), color: 'pink' }],
  ['note too long', { ...good(), note: 'x'.repeat(1_000_001) }],
  ['note not text', { ...good(), note: null }],
  ['tag padded', { ...good(), tags: [' 经济'] }],
  ['tag empty', { ...good(), tags: [''] }],
  ['tag blank', { ...good(), tags: ['  '] }],
  ['tag too long', { ...good(), tags: ['x'.repeat(101)] }],
  ['too many tags', { ...good(), tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }],
  ['tags not array', { ...good(), tags: 'a' }],
  ['tag not text', { ...good(), tags: [1] }],
  ['hole in tags', { ...good(), tags: Array(2) }],
  ['negative start', { ...good(), target: { ...good().target, start: -1 } }],
  ['fraction end', { ...good(), target: { ...good().target, end: 1.5 } }],
  ['huge end', { ...good(), target: { ...good().target, end: 2 ** 40 } }],
  ['NaN start', { ...good(), target: { ...good().target, start: Number.NaN } }],
  ['empty quote', { ...good(), target: { ...good().target, quote: '' } }],
  ['prefix too long', { ...good(), target: { ...good().target, prefix: 'x'.repeat(65) } }],
  ['suffix 64', { ...good(), target: { ...good().target, suffix: 'x'.repeat(64) } }],
  ['page 0', { ...good(), target: { ...good().target, page: 0 } }],
  ['page text', { ...good(), target: { ...good().target, page: '3' } }],
  ['bad time', { ...good(), createdAt: '2024-13-01T10:00:00Z' }],
  ['time with offset', { ...good(), updatedAt: '2024-05-01 10:00:00+08:00' }],
  ['date only', { ...good(), updatedAt: '2024-05-01' }],
  ['null', null],
  ['array', [good()]],
  ['null prototype', Object.assign(Object.create(null) as object, good())],
  ['inherited key', Object.assign(Object.create({ extra: 1 }) as object, good())],
  ['target is array', { ...good(), target: [] }],
  ['date object', { ...good(), createdAt: new Date() }],
];

describe('isPlainValidAnnotation', () => {
  it.each(variants)('agrees with AnnotationSchema: %s', (_name, value) => {
    const parsed = v.safeParse(AnnotationSchema, value);
    if (isPlainValidAnnotation(value)) {
      expect(parsed.success).toBe(true);
      expect(parsed.output).toEqual(value);
    }
  });

  it('passes the ordinary ones (or it would be no faster)', () => {
    for (const name of [
      'valid',
      'page absent',
      'document note',
      'suffix 64',
      'upper-case id',
      'time with offset',
    ])
      expect(isPlainValidAnnotation(variants.find(([n]) => n === name)?.[1]), name).toBe(true);
  });

  it('refuses every value the schema refuses', () => {
    for (const [name, value] of variants) {
      if (!v.safeParse(AnnotationSchema, value).success)
        expect(isPlainValidAnnotation(value), name).toBe(false);
    }
  });

  it('leaves a tag the schema would trim to the schema', () => {
    expect(v.safeParse(AnnotationSchema, { ...good(), tags: [' 经济'] }).success).toBe(true);
    expect(isPlainValidAnnotation({ ...good(), tags: [' 经济'] })).toBe(false);
  });

  it('checks lists as a whole', () => {
    expect(arePlainValidAnnotations([good(), good()])).toBe(true);
    expect(arePlainValidAnnotations([good(), { ...good(), color: 'pink' }])).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    expect(arePlainValidAnnotations([good(), , good()])).toBe(false);
    expect(arePlainValidAnnotations({ 0: good(), length: 1 })).toBe(false);
  });

  it('agrees with the schema on many random mutations', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const odd: unknown[] = [
      undefined,
      null,
      '',
      ' a',
      'a ',
      -1,
      0,
      1.5,
      1e12,
      'x'.repeat(70),
      [],
      {},
      true,
      'yellow',
      'underline',
    ];
    const keys = ['id', 'target', 'style', 'color', 'note', 'tags', 'createdAt', 'updatedAt', 'extra'];
    const targetKeys = ['start', 'end', 'quote', 'prefix', 'suffix', 'page', 'extra'];
    let passed = 0;
    for (let i = 0; i < 3000; i++) {
      const a: Record<string, unknown> = good();
      const t = a['target'] as Record<string, unknown>;
      for (let m = 0, n = 1 + rnd(2); m < n; m++) {
        const into = rnd(2) === 0 ? a : t;
        const key =
          (into === a ? keys : targetKeys)[rnd(into === a ? keys.length : targetKeys.length)] ?? 'id';
        if (rnd(5) === 0) Reflect.deleteProperty(into, key);
        else into[key] = odd[rnd(odd.length)];
      }
      const parsed = v.safeParse(AnnotationSchema, a);
      if (isPlainValidAnnotation(a)) {
        passed++;
        expect(parsed.success).toBe(true);
        expect(parsed.output).toEqual(a);
      }
    }
    expect(passed).toBeGreaterThan(0);
  });
});

describe('arePlainIds', () => {
  it('agrees with the journal schema for ids', () => {
    const ids = v.array(v.pipe(v.string(), v.uuid()));
    const cases: unknown[] = [[], [good().id], ['x'], [1], 'a', [good().id, null], Array(1)];
    for (const c of cases) if (arePlainIds(c)) expect(v.safeParse(ids, c).success).toBe(true);
    expect(arePlainIds([good().id])).toBe(true);
    expect(arePlainIds(['x'])).toBe(false);
  });
});
