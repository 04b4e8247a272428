// Status and period of a value, from three layers: the section it is in
// (`2020年工作回顾`), the paragraph's opening (`过去五年，……`), and cues in
// its own sentence before it (`到2025年，`, `力争`). Positions must be asked
// in increasing order: every lookup walks forward.
import type { Block, TextModel } from '../model';
import {
  findPeriodCues,
  formatSpan,
  STRONG_TARGET_CUE_RE,
  TARGET_CUE_RE,
  type PeriodCue,
  type Span,
} from './period';
import { quotedRanges, RangeCursor } from './quoted';
import { buildSections, findReportYear, type Frame, type Section } from './structure';
import type { IndicatorStatus } from './types';

/** A cue this close to a paragraph's start sets the time of the whole paragraph. */
const PARAGRAPH_OPENING = 40;
/** Lines an opening cue carries over, in a text of one sentence a line. */
const MAX_CARRY = 12;
/** Cues looked back at within one sentence (bounds the work on pathological text). */
const MAX_LOOKBACK = 8;

const NO_FRAME: Frame = { status: null, year: null, span: null };

export interface TimeAnswer {
  status: IndicatorStatus;
  period: string | null;
  section: string[];
}

export class TimeContext {
  readonly reportYear: number | null;
  private readonly sections: Section[];
  private readonly blocks: readonly Block[];
  private readonly cues: PeriodCue[];
  private readonly targets: number[];
  /** Cues that make a goal even in a review (`力争`, `拟`); `争取`, `确保` there tell what was secured. */
  private readonly strong: Set<number>;
  private sectionIdx = -1;
  private blockIdx = 0;
  private cueIdx = 0;
  private targetIdx = 0;
  private paragraphCue: { block: number; cue: PeriodCue | null } = { block: -1, cue: null };

  /** One sentence a line (a translation corpus, a transcript): paragraphs are not marked. */
  private readonly lineMode: boolean;

  constructor(model: TextModel, folded: string) {
    this.lineMode = isLineMode(model);
    this.reportYear = findReportYear(model);
    this.sections = buildSections(model.outline, this.reportYear);
    this.blocks = model.blocks;
    const quoted = new RangeCursor(quotedRanges(model.text));
    this.cues = findPeriodCues(folded).filter((c) => !quoted.contains(c.start));
    this.targets = [...folded.matchAll(TARGET_CUE_RE)].map((m) => m.index);
    this.strong = new Set([...folded.matchAll(STRONG_TARGET_CUE_RE)].map((m) => m.index));
  }

  private sectionAt(pos: number): Section | null {
    while (
      this.sectionIdx + 1 < this.sections.length &&
      (this.sections[this.sectionIdx + 1]?.start ?? Infinity) <= pos
    ) {
      this.sectionIdx++;
    }
    return this.sections[this.sectionIdx] ?? null;
  }

  private blockAt(pos: number): number {
    while (this.blockIdx + 1 < this.blocks.length && (this.blocks[this.blockIdx]?.end ?? 0) < pos)
      this.blockIdx++;
    return this.blockIdx;
  }

  /** The last cue that opens a clause in [from, pos). */
  private sentenceCue(from: number, pos: number): PeriodCue | null {
    while (this.cueIdx < this.cues.length && (this.cues[this.cueIdx]?.start ?? Infinity) < pos) this.cueIdx++;
    for (let k = this.cueIdx - 1; k >= 0 && k >= this.cueIdx - MAX_LOOKBACK; k--) {
      const cue = this.cues[k];
      if (!cue || cue.start < from) break;
      if (cue.leading && cue.end <= pos) return cue;
    }
    return null;
  }

  private ownOpeningCue(b: number): PeriodCue | null {
    const block = this.blocks[b];
    if (!block || block.kind !== 'paragraph') return null;
    // Cues are sorted; the paragraph's are at or before the sentence pointer's region.
    const cue = this.cues[lowerBound(this.cues, block.start)];
    return cue && cue.start < Math.min(block.end, block.start + PARAGRAPH_OPENING) ? cue : null;
  }

  private openingCue(pos: number): PeriodCue | null {
    const b = this.blockAt(pos);
    if (this.paragraphCue.block !== b) {
      let found = this.ownOpeningCue(b);
      // One sentence a line: a paragraph's opening cue holds for the lines after it, up to
      // the next heading or the next line with a cue of its own.
      if (!found && this.lineMode) {
        for (let k = b - 1; k >= 0 && b - k <= MAX_CARRY && this.blocks[k]?.kind === 'paragraph'; k--) {
          const cue = this.ownOpeningCue(k);
          if (!cue) continue;
          // Only a span said relative to the report that opens the line (`过去一年，`, `近两年，`)
          // frames the lines that follow.
          const start = this.blocks[k]?.start ?? 0;
          if (cue.relative && cue.relative !== 'thisYear' && cue.start - start <= 2) found = cue;
          break;
        }
      }
      this.paragraphCue = { block: b, cue: found };
    }
    const cue = this.paragraphCue.cue;
    return cue && cue.end <= pos ? cue : null;
  }

  /** 'strong', 'weak' or null: the target cues in [from, pos). */
  private targetCueIn(from: number, pos: number): 'strong' | 'weak' | null {
    while (this.targetIdx < this.targets.length && (this.targets[this.targetIdx] ?? Infinity) < pos)
      this.targetIdx++;
    let found: 'weak' | null = null;
    for (let k = this.targetIdx - 1; k >= 0 && k >= this.targetIdx - MAX_LOOKBACK; k--) {
      const at = this.targets[k];
      if (at === undefined || at < from) break;
      if (this.strong.has(at)) return 'strong';
      found = 'weak';
    }
    return found;
  }

  /**
   * `state`: the value is a level reached (`达`, `提高到`, `较2015年增长`), so
   * within a span it is about the span's last year; a flow (`年均增长`,
   * `关闭煤矿88座`) is about the whole span.
   */
  at(pos: number, sentenceStart: number, state: boolean, floor = sentenceStart): TimeAnswer {
    const section = this.sectionAt(pos);
    const frame = section?.frame ?? NO_FRAME;
    const ry = this.reportYear;
    // `floor`: cues before it date something else (the old level of `从2020年的A提高到B`).
    const sentence = this.sentenceCue(Math.max(sentenceStart, floor), pos);
    const opening = this.openingCue(pos);
    const cue = sentence ?? (opening && (floor <= sentenceStart || opening.start >= floor) ? opening : null);
    const cueKind = this.targetCueIn(sentenceStart, pos);
    const targetCue = cueKind !== null;

    const resolved = cue ? this.resolveCue(cue, frame) : { year: frame.year, span: frame.span };
    const span = resolved.span;
    let year = resolved.year;

    let status: IndicatorStatus;
    const cueYear = sentence?.year ?? null;
    if (sentence?.deadline && cueYear !== null && ry !== null && cueYear >= ry) status = 'target';
    else if (frame.status === 'actual') status = cueKind === 'strong' ? 'target' : 'actual';
    else if (frame.status === 'target') {
      const rel = cue?.relative;
      const past =
        (cueYear !== null && ry !== null && cueYear < ry && !sentence?.deadline) ||
        rel === 'lastYear' ||
        rel === 'past5' ||
        rel === 'past2' ||
        rel === 'past3';
      status = past ? 'actual' : 'target';
    } else {
      const future =
        targetCue ||
        sentence?.relative === 'next5' ||
        sentence?.relative === 'thisYear' ||
        sentence?.relative === 'nextYear';
      status = future ? 'target' : 'actual';
    }

    if (year === null && span === null && ry !== null) year = status === 'target' ? ry : ry - 1;
    let period: string | null = null;
    if (year !== null) period = String(year);
    else if (span !== null) period = state ? String(span.to) : formatSpan(span);
    return { status, period, section: section?.path ?? [] };
  }

  private resolveCue(cue: PeriodCue, frame: Frame): { year: number | null; span: Span | null } {
    if (cue.year !== undefined) return { year: cue.year, span: null };
    if (cue.span) return { year: null, span: cue.span };
    const ry = this.reportYear;
    if (ry === null) return { year: frame.year, span: frame.span };
    switch (cue.relative) {
      case 'past5': {
        const to = frame.year !== null && frame.year < ry ? frame.year : ry - 1;
        return { year: null, span: { from: to - 4, to } };
      }
      case 'past2':
      case 'past3': {
        const n = cue.relative === 'past2' ? 2 : 3;
        const to = frame.year !== null && frame.year < ry ? frame.year : ry - 1;
        return { year: null, span: { from: to - n + 1, to } };
      }
      case 'next5':
        return { year: null, span: { from: ry, to: ry + 4 } };
      case 'lastYear':
        return { year: ry - 1, span: null };
      case 'thisYear':
        return { year: ry, span: null };
      case 'nextYear':
        return { year: ry + 1, span: null };
      default:
        return { year: frame.year, span: frame.span };
    }
  }
}

function lowerBound(cues: readonly PeriodCue[], pos: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether most paragraphs hold a single sentence, ended at the line's end. */
function isLineMode(model: TextModel): boolean {
  let paragraphs = 0;
  let single = 0;
  for (const b of model.blocks) {
    if (b.kind !== 'paragraph') continue;
    paragraphs++;
    const line = model.text.slice(b.start, b.end).trimEnd();
    const ends = line.slice(0, -1).search(/[。！？!?]/);
    if (ends < 0) single++;
  }
  return paragraphs >= 30 && single >= 0.8 * paragraphs;
}
