// A TypeScript port of ../shared/indicators/score.py's matching rules, so the
// unit tests can score the extractor against a gold file.

export interface GoldLine {
  anchor: string;
  value: number;
  unit: string;
  name: string;
  kind?: string;
  qualifier?: string;
  status?: string;
  period?: string;
  optional?: boolean;
}

export interface Prediction {
  name: string;
  value: number;
  unit: string;
  kind: string;
  qualifier: string;
  status: string;
  period: string | null;
  quote: string;
}

export interface Score {
  gold: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  wholeRowF1: number;
  missed: GoldLine[];
  falseHits: Prediction[];
  wrongRows: Array<{ gold: GoldLine; pred: Prediction; fields: string[] }>;
}

const squeeze = (s: unknown): string => String(s ?? '').replace(/\s+/gu, '');

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function nameOk(pred: string, gold: string): boolean {
  const p = squeeze(pred);
  const g = squeeze(gold);
  if (!p || !g) return false;
  return p.includes(g) || (g.includes(p) && p.length >= 0.6 * g.length);
}

const FIELDS = ['status', 'period', 'qualifier', 'kind'] as const;

function wrongFields(g: GoldLine, p: Prediction): string[] {
  const bad: string[] = FIELDS.filter((f) => g[f] !== undefined && String(p[f]) !== String(g[f]));
  if (!nameOk(p.name, g.name)) bad.push('name');
  return bad;
}

export function score(gold: readonly GoldLine[], predictions: readonly Prediction[]): Score {
  const pred = predictions
    .filter((p) => p.kind !== 'rank')
    .map((p) => ({ p, quote: squeeze(p.quote), unit: squeeze(p.unit) }));
  const used = new Set<number>();
  const pairs: Array<[GoldLine, Prediction]> = [];
  const missed: GoldLine[] = [];
  const order = gold
    .map((_, i) => i)
    .sort((a, b) => squeeze(gold[b]?.anchor).length - squeeze(gold[a]?.anchor).length);
  for (const i of order) {
    const g = gold[i];
    if (!g) continue;
    const anchor = squeeze(g.anchor);
    const unit = squeeze(g.unit);
    const fits = (j: number) => {
      const x = pred[j];
      return x !== undefined && !used.has(j) && sameValue(x.p.value, g.value) && x.unit === unit;
    };
    let cands = pred.map((_, j) => j).filter((j) => fits(j) && (pred[j]?.quote ?? '').includes(anchor));
    if (cands.length === 0) {
      cands = pred
        .map((_, j) => j)
        .filter((j) => fits(j) && (pred[j]?.quote ?? '') !== '' && anchor.includes(pred[j]?.quote ?? ''));
    }
    if (cands.length > 0) {
      cands.sort((a, b) => {
        const na = nameOk(pred[a]?.p.name ?? '', g.name) ? 0 : 1;
        const nb = nameOk(pred[b]?.p.name ?? '', g.name) ? 0 : 1;
        return na - nb || (pred[a]?.quote.length ?? 0) - (pred[b]?.quote.length ?? 0);
      });
      const j = cands[0] ?? 0;
      used.add(j);
      const match = pred[j];
      if (match) pairs.push([g, match.p]);
    } else if (!g.optional) {
      missed.push(g);
    }
  }
  const optionalHits = pairs.filter(([g]) => g.optional).length;
  const tp = pairs.length - optionalHits;
  const fp = pred.length - pairs.length;
  const fn = missed.length;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const whole = pairs.filter(([g, p]) => !g.optional && wrongFields(g, p).length === 0).length;
  const wp = tp + fp ? whole / (tp + fp) : 0;
  const wr = tp + fn ? whole / (tp + fn) : 0;
  const wholeRowF1 = wp + wr ? (2 * wp * wr) / (wp + wr) : 0;
  const hit = new Set(pairs.map(([, p]) => p));
  return {
    gold: gold.filter((g) => !g.optional).length,
    predicted: pred.length,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    wholeRowF1,
    missed,
    falseHits: pred.map((x) => x.p).filter((p) => !hit.has(p)),
    wrongRows: pairs
      .map(([g, p]) => ({ gold: g, pred: p, fields: wrongFields(g, p) }))
      .filter((r) => r.fields.length > 0),
  };
}
