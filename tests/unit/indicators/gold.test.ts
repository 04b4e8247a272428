// The extractor against hand-labelled gold files: every whole report in
// data/gold/ (a city, a municipality, provinces, national reports, one of them
// a web copy without its title and date lines), each read through the CLI's
// loader, and paragraphs of a second report labelled for this check.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src-shared/indicators';
import { toRecord } from '../../../src-shared/indicators/record';
import { buildTextModel } from '../../../src-shared/text';
import { loadDocument } from '../../../src-main/load';
import { score, type GoldLine, type Prediction } from './score';

const ROOT = resolve(import.meta.dirname, '../../..');

function readGold(path: string): GoldLine[] {
  return readFileSync(join(ROOT, path), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldLine);
}

function predict(path: string): { text: string; preds: Array<Prediction & { start: number }> } {
  const model = buildTextModel(readFileSync(join(ROOT, path), 'utf8'));
  return { text: model.text, preds: extract(model).map((ind) => toRecord(model.text, ind)) };
}

function report(label: string, s: ReturnType<typeof score>): void {
  const lines = [
    `${label}: f1 ${s.f1.toFixed(4)}, whole_row_f1 ${s.wholeRowF1.toFixed(4)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    ...s.missed.map((g) => `  missed: ${g.anchor} ${g.value} ${g.unit}`),
    ...s.falseHits.map((p) => `  false hit: ${p.value} ${p.unit} ${p.quote.slice(0, 40)}`),
    ...s.wrongRows.map(
      (r) =>
        `  wrong ${r.fields.join('/')}: ${r.gold.anchor} → ${r.pred.name} ${r.pred.kind} ${r.pred.status} ${r.pred.period}`,
    ),
  ];
  console.log(lines.join('\n'));
}

/** The goal for every whole report. */
const GOAL = { f1: 0.98, wholeRowF1: 0.92 };

/** Each gold set and the file it labels. */
const GOLD_SETS: Record<string, string> = {
  'hengyang-2021': 'tests/fixtures/hengyang-2021.txt',
  'beijing-2025': 'tests/fixtures/corpus/provinces-2025/beijing-2025.docx',
  'henan-2025': 'tests/fixtures/corpus/provinces-2025/henan-2025.docx',
  'jilin-2025': 'tests/fixtures/corpus/provinces-2025/jilin-2025.docx',
  'national-2011': 'tests/fixtures/corpus/national/national-2011.txt',
  'national-2014-webcopy': 'tests/fixtures/gold/national-2014-webcopy.txt',
};

describe('gold: every whole report in data/gold', () => {
  it('has a source for each gold set', () => {
    const sets = readdirSync(join(ROOT, 'data/gold'))
      .filter((f) => f.endsWith('.gold.jsonl') && !f.includes('.partial.'))
      .map((f) => f.replace(/\.gold\.jsonl$/, ''));
    expect(sets.sort()).toEqual(Object.keys(GOLD_SETS).sort());
  });

  it.each(Object.entries(GOLD_SETS))('%s reaches f1 0.98 and whole_row_f1 0.92', async (name, source) => {
    const { model } = await loadDocument(join(ROOT, source));
    const preds = extract(model).map((ind) => toRecord(model.text, ind));
    const s = score(readGold(`data/gold/${name}.gold.jsonl`), preds);
    report(name, s);
    expect(s.f1).toBeGreaterThanOrEqual(GOAL.f1);
    expect(s.wholeRowF1).toBeGreaterThanOrEqual(GOAL.wholeRowF1);
  });
});

describe('gold: Hengyang 2021 (whole report)', () => {
  const gold = readGold('data/gold/hengyang-2021.gold.jsonl');
  const { preds } = predict('tests/fixtures/hengyang-2021.txt');
  const s = score(gold, preds);

  it('finds the labelled indicators (f1 ≥ 0.97)', () => {
    report('hengyang-2021', s);
    expect(s.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('gets whole rows right (whole_row_f1 ≥ 0.90)', () => {
    expect(s.wholeRowF1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('gold: Hengyang 2021 from its PDF', () => {
  it('scores as well as the text (f1 ≥ 0.97, whole_row_f1 ≥ 0.90)', async () => {
    const { model } = await loadDocument(join(ROOT, 'tests/fixtures/hengyang-2021.pdf'));
    const preds = extract(model).map((ind) => toRecord(model.text, ind));
    const s = score(readGold('data/gold/hengyang-2021.gold.jsonl'), preds);
    report('hengyang-2021.pdf', s);
    expect(s.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.wholeRowF1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('gold: Hubei 2025 (four paragraphs, labelled separately)', () => {
  // The paragraphs labelled, by their opening words: predictions elsewhere are not scored.
  const OPENINGS = [
    '——经济运行持续向好',
    '——人民群众更有获得感',
    '经济社会发展的主要预期目标是',
    '（一）在全方位扩大内需上持续加力',
  ];
  const gold = readGold('data/gold/hubei-2025.partial.gold.jsonl');
  const { text, preds } = predict('tests/fixtures/hubei-2025.txt');
  const ranges = OPENINGS.map((o) => {
    const start = text.indexOf(o);
    const end = text.indexOf('\n', start);
    return [start, end < 0 ? text.length : end] as const;
  });
  const inScope = preds.filter((p) => ranges.some(([s, e]) => s >= 0 && p.start >= s && p.start < e));
  const s = score(gold, inScope);

  it('labels paragraphs that exist', () => {
    for (const [start] of ranges) expect(start).toBeGreaterThanOrEqual(0);
  });

  it('finds the labelled indicators (f1 ≥ 0.9)', () => {
    report('hubei-2025 (partial)', s);
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('gets most whole rows right (whole_row_f1 ≥ 0.75)', () => {
    expect(s.wholeRowF1).toBeGreaterThanOrEqual(0.75);
  });
});
