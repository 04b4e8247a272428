import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../src-main/services/search/corpus-index';
import { buildSearchIndex, findAllIn } from '../../../src-shared/text/search';

const DIR = resolve(import.meta.dirname, '../../fixtures/corpus/national');
const texts = new Map(readdirSync(DIR).map((f) => [f, readFileSync(join(DIR, f), 'utf8')]));

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

describe('CorpusIndex against a plain scan of every text', () => {
  const index = new CorpusIndex();
  for (const [id, text] of texts) index.setText(id, text);
  const scans = new Map([...texts].map(([id, text]) => [id, buildSearchIndex(text)]));
  const naive = (query: string) =>
    [...scans]
      .map(([id, s]) => [id, findAllIn(s, query, 1e6).length] as const)
      .filter(([, n]) => n > 0)
      .sort();

  it('finds the same documents and counts for 300 substrings of 1 to 8 characters, and shuffled ones', () => {
    const next = random(8);
    const all = [...texts.values()];
    for (let i = 0; i < 300; i++) {
      const text = all[Math.floor(next() * all.length)] ?? '';
      const len = 1 + Math.floor(next() * 8);
      const at = Math.floor(next() * (text.length - len));
      const query = text.slice(at, at + len).trim();
      if (!query) continue;
      const got = index
        .searchTexts(query)
        .map(({ id, count }) => [id, count] as const)
        .sort();
      expect(got, query).toEqual(naive(query));
      const shuffled = [...query].reverse().join('');
      expect(
        index
          .searchTexts(shuffled)
          .map((m) => m.id)
          .sort(),
        shuffled,
      ).toEqual(naive(shuffled).map(([id]) => id));
    }
  });

  it('places the first matches exactly where find-in-document does', () => {
    const [id, text] = [...texts][0] ?? ['', ''];
    const found = index.searchTexts('发展', 5).find((m) => m.id === id);
    expect(found?.ranges).toEqual(findAllIn(buildSearchIndex(text), '发展', 5));
    expect(found?.count).toBe(findAllIn(buildSearchIndex(text), '发展', 1e6).length);
  });

  it('keeps its FlexSearch part through export and import', async () => {
    const parts = await index.exportFlex();
    const again = new CorpusIndex();
    again.importFlex(parts);
    for (const [id, text] of texts) again.setText(id, text, true);
    expect(
      again
        .searchTexts('保障性安居工程')
        .map((m) => m.id)
        .sort(),
    ).toEqual(naive('保障性安居工程').map(([id]) => id));
  });
});

describe('snippetAt', () => {
  it('cuts the sentence around a match, at sentence ends or 60 characters, spaces squashed', async () => {
    const { snippetAt } = await import('../../../src-main/services/search/snippet');
    const text = '第一句。粮食产量 稳定，新质生产力加快培育！下一句';
    const at = text.indexOf('新质');
    expect(snippetAt(text, at, at + 2)).toEqual({
      before: '粮食产量 稳定，',
      match: '新质',
      after: '生产力加快培育！',
    });
    const long = `${'甲'.repeat(100)}目标${'乙'.repeat(100)}`;
    const s = snippetAt(long, 100, 102);
    expect(s.before).toBe(`…${'甲'.repeat(60)}`);
    expect(s.after).toBe(`${'乙'.repeat(60)}…`);
    expect(snippetAt('目标', 0, 2)).toEqual({ before: '', match: '目标', after: '' });
  });
});
