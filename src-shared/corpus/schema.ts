// Shapes of the corpus fields, checked where they are stored (library.json) and
// where the renderer sends them (library.update).
import * as v from 'valibot';

const year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200));
const years = v.pipe(v.array(year), v.maxLength(20));

export const RegionLevelSchema = v.picklist(['national', 'provincial', 'prefecture', 'county']);

export const CorpusMetaSchema = v.strictObject({
  level: v.nullable(RegionLevelSchema),
  province: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  reviewed: years,
  planned: years,
});

/** What the user may change by hand; region and year travel in the record's own fields. */
export const CorpusPatchSchema = v.strictObject({
  level: v.optional(v.nullable(RegionLevelSchema)),
  reviewed: v.optional(years),
  planned: v.optional(years),
});
export type CorpusPatch = v.InferOutput<typeof CorpusPatchSchema>;
