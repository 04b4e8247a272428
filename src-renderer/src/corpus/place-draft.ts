// The region/level/years fields of a library row being edited, as the inputs
// hold them (years as `2020, 2021`), and the patch they make.
import type { RegionLevel } from '@shared/corpus/gazetteer';
import type { CorpusPatch } from '@shared/corpus/schema';
import type { DocumentRecord } from '@shared/model';

export const LEVELS: readonly RegionLevel[] = ['national', 'provincial', 'prefecture', 'county'];

export interface PlaceDraft {
  level: RegionLevel | '';
  reviewed: string;
  planned: string;
  /** The level as it was, to tell whether the user changed it. */
  levelBefore: RegionLevel | '';
}

export function draftOf(doc: DocumentRecord): PlaceDraft {
  const level = doc.corpus?.level ?? '';
  return {
    level,
    levelBefore: level,
    reviewed: (doc.corpus?.reviewed ?? []).join(', '),
    planned: (doc.corpus?.planned ?? []).join(', '),
  };
}

/** `2020, 2021` or `2016-2020` (any separators) to the years, in range, sorted and unique. */
export function parseYears(text: string): number[] {
  const years = new Set<number>();
  for (const part of text.split(/[,，、\s]+/)) {
    const range = /^(\d{4})\s*[-–—~至到]\s*(\d{4})$/.exec(part);
    const from = Number(range ? range[1] : part);
    const to = Number(range ? range[2] : part);
    if (!Number.isInteger(from) || !Number.isInteger(to) || to - from > 20) continue;
    for (let y = from; y <= to; y++) if (y >= 1900 && y <= 2200) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** The corpus patch: the years always, the level only when the user chose one (else it follows the region). */
export function corpusPatchOf(draft: PlaceDraft): CorpusPatch {
  const patch: CorpusPatch = { reviewed: parseYears(draft.reviewed), planned: parseYears(draft.planned) };
  if (draft.level !== draft.levelBefore) patch.level = draft.level === '' ? null : draft.level;
  return patch;
}
