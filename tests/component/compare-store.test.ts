// The corpus view's store over a fake API: each report's edits apply to the
// combined table and to the pairing, extraction is run once per document,
// and links are saved for the library.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IndicatorEdit } from '../../src-shared/api';
import { extract } from '../../src-shared/indicators';
import type { DocumentRecord, TextModel } from '../../src-shared/model';
import { buildTextModel } from '../../src-shared/text';
import { mergeEdits, withChange } from '../../src-renderer/src/indicators/merge';

const NOW = '2024-05-01T00:00:00.000Z';
const TEXTS: Record<string, string> = {
  a: [
    '2023年安宁市政府工作报告',
    '二、今年目标',
    '今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业5万人以上。',
  ].join('\n\n'),
  b: [
    '2024年安宁市政府工作报告',
    '一、2023年工作回顾',
    '2023年，全市经济增长5.8%，城镇新增就业4.8万人。',
  ].join('\n\n'),
};
const models: Record<string, TextModel> = Object.fromEntries(
  Object.entries(TEXTS).map(([k, v]) => [k, buildTextModel(v)]),
);
const record = (id: string, year: number): DocumentRecord => ({
  id,
  title: `${year}年安宁市政府工作报告`,
  year,
  region: '安宁市',
  type: 'txt',
  fileName: `${id}.txt`,
  size: 1,
  pages: null,
  chars: TEXTS[id]?.length ?? 0,
  importedAt: NOW,
});
const docs = [record('a', 2023), record('b', 2024)];
let edits: Record<string, IndicatorEdit[]> = {};
const calls: string[] = [];
let saved: unknown = null;

vi.mock('../../src-renderer/src/api', () => ({
  api: {
    invoke: async (method: string, arg: { id?: string } & Record<string, unknown>) => {
      calls.push(`${method}:${arg?.id ?? ''}`);
      switch (method) {
        case 'library.list':
          return docs;
        case 'document.open':
          return { record: docs.find((d) => d.id === arg.id), model: models[arg.id ?? ''] };
        case 'indicators.edits':
          return edits[arg.id ?? ''] ?? [];
        case 'compare.links':
          return { links: [], unlinks: [] };
        case 'compare.saveLinks':
          saved = arg;
          return null;
        default:
          throw new Error(`unexpected ${method}`);
      }
    },
    on: () => () => undefined,
  },
}));

// The library store imports the file parsers (pdf.js): the corpus only needs its list.
vi.mock('../../src-renderer/src/stores/library', async () => {
  const { defineStore } = await import('pinia');
  const { ref } = await import('vue');
  return {
    useLibrary: defineStore('library', () => {
      const documents = ref<DocumentRecord[]>([]);
      return { documents, refresh: async () => void (documents.value = docs) };
    }),
  };
});

const { useCompare } = await import('../../src-renderer/src/stores/compare');
const { useLibrary } = await import('../../src-renderer/src/stores/library');

beforeEach(async () => {
  setActivePinia(createPinia());
  edits = {};
  calls.length = 0;
  await useLibrary().refresh();
});

describe('corpus store', () => {
  it('pairs the 2023 targets with the 2024 report and lists every row', async () => {
    const corpus = useCompare();
    await corpus.load();
    expect(corpus.reports).toHaveLength(2);
    expect(corpus.regions).toEqual(['安宁市']);
    const gdp = corpus.pairs.find((p) => p.indicator === '国内生产总值增长');
    expect(gdp).toMatchObject({ year: 2023, verdict: 'met', target: { value: 6 }, outcome: { value: 5.8 } });
    expect(corpus.pairs.find((p) => p.indicator === '城镇新增就业')?.verdict).toBe('missed');
    expect(corpus.rows.map((r) => r.report)).toContain('2024年安宁市政府工作报告');
  });

  it('lays each report’s own edits over its rows, and extracts each document once', async () => {
    const corpus = useCompare();
    await corpus.load();
    const model = models.b as TextModel;
    const row = mergeEdits(model, extract(model), []).rows.find((r) => r.unit === '万人');
    expect(row).toBeDefined();
    if (!row) return;
    // The user corrects the 2023 jobs figure in the 2024 report: 5.2 万人, not 4.8.
    edits = { b: withChange([], model, row, { value: 5.2 }, NOW) };
    calls.length = 0;
    await corpus.load();
    expect(calls.filter((c) => c.startsWith('document.open'))).toEqual([]);
    expect(corpus.rows.find((r) => r.reportId === 'b' && r.unit === '万人')?.value).toBe(5.2);
    expect(corpus.pairs.find((p) => p.indicator === '城镇新增就业')).toMatchObject({
      verdict: 'met',
      outcome: { value: 5.2 },
    });
  });

  it('filters to one year’s targets and saves a link for the library', async () => {
    const corpus = useCompare();
    await corpus.load();
    corpus.filter = { ...corpus.filter, status: 'target', year: 2023 };
    expect(corpus.visible.length).toBeGreaterThan(0);
    expect(corpus.visible.every((r) => r.year === 2023 && r.status === 'target')).toBe(true);
    await corpus.link('经济增长', '全市经济增速');
    expect(saved).toEqual({ links: [['经济增长', '全市经济增速']], unlinks: [] });
  });
});

describe('corpus store, with a worker for extraction', () => {
  it('extracts every report in one worker and ends it after the last', async () => {
    const made: Array<{ terminated: boolean }> = [];
    // Answers as the extraction worker does, a moment later.
    class ExtractWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null;
      terminated = false;
      constructor() {
        made.push(this);
      }
      postMessage(m: { seq: number; rest: Omit<TextModel, 'text'>; bytes: Uint8Array }): void {
        const indicators = extract({ ...m.rest, text: new TextDecoder().decode(m.bytes) });
        setTimeout(() => this.onmessage?.({ data: { seq: m.seq, indicators } }), 0);
      }
      terminate(): void {
        this.terminated = true;
      }
    }
    const { forgetReport } = await import('../../src-renderer/src/compare/load-reports');
    for (const d of docs) forgetReport(d.id);
    vi.stubGlobal('Worker', ExtractWorker);
    try {
      const corpus = useCompare();
      await corpus.load();
      expect(corpus.reports).toHaveLength(2);
      expect(corpus.pairs.find((p) => p.indicator === '城镇新增就业')?.verdict).toBe('missed');
      expect(made).toHaveLength(1);
      expect(made[0]?.terminated).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
