// A record's corpus fields (level, province, years reviewed and planned): guessed
// at import, kept in step when the user edits the region or year.
import type { CorpusPatch } from '../../src-shared/corpus/schema';
import { lookupRegion } from '../../src-shared/corpus/gazetteer';
import { guessCorpusMeta, placeOf, yearsFor } from '../../src-shared/corpus/place';
import type { DocumentMeta, DocumentRecord, TextModel } from '../../src-shared/model';

/** The guessed meta with the region resolved in the gazetteer and the corpus fields. */
export function corpusMetaFor(
  meta: DocumentMeta,
  model: TextModel,
): DocumentMeta & Pick<DocumentRecord, 'corpus'> {
  try {
    const { region, corpus } = guessCorpusMeta(meta, model);
    return { ...meta, region, corpus };
  } catch {
    return meta;
  }
}

/** After `record.region` and `record.year` took the patch's values: level, province and years follow. */
export function applyCorpusPatch(
  record: DocumentRecord,
  patch: { region?: string | null; year?: number | null; corpus?: CorpusPatch },
): void {
  const before = record.corpus ?? { level: null, province: null, reviewed: [], planned: [] };
  const next = { ...before };
  if (patch.region !== undefined) {
    // `北京` typed by the user is stored as the gazetteer's `北京市`, so two reports of one region meet.
    const known = record.region ? lookupRegion(record.region) : null;
    if (known) record.region = known.region;
    Object.assign(next, placeOf(record.region));
  }
  if (patch.year !== undefined) Object.assign(next, yearsFor(record.year, before.reviewed.length > 1));
  if (patch.corpus?.level !== undefined) next.level = patch.corpus.level;
  if (patch.corpus?.reviewed !== undefined) next.reviewed = [...patch.corpus.reviewed];
  if (patch.corpus?.planned !== undefined) next.planned = [...patch.corpus.planned];
  record.corpus = next;
}
