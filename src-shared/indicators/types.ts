// What the extractor finds: one quantitative statement of a report, pointing
// into the document's text by offsets (see ../model.ts).

/** `level` an amount, `change` a growth or fall by, `share` a rate or proportion, `count` things counted. */
export type IndicatorKind = 'level' | 'change' | 'share' | 'count';

/** `approx` 左右/约, `above` 以上/超过/突破/多, `below` 以内/控制在/不超过. */
export type Qualifier = 'exact' | 'approx' | 'above' | 'below';

/** `actual` an achieved (or estimated) result, `target` a goal. */
export type IndicatorStatus = 'actual' | 'target';

export interface Indicator {
  /** What is measured, as written (`地区生产总值`, `新增发明专利`). */
  name: string;
  /** The number in the unit as written: 1.13 with `万户`; 20000 with `人` for `两万人`. */
  value: number;
  /** Upper bound of a range (`2-3个`: value 2, valueMax 3). */
  valueMax?: number;
  /** Unit as written after the number (`%`, or `％` where the report writes it so; `亿元`, `个百分点`); `万人` where 万 stands before a noun for people. */
  unit: string;
  kind: IndicatorKind;
  qualifier: Qualifier;
  status: IndicatorStatus;
  /** The year or span the value is about: `2020`, `2016-2020`; null when the document does not say. */
  period: string | null;
  /** The number and its unit: [start, end) in the text. */
  start: number;
  end: number;
  /** The clause (or, for a long one, the part of it around the value) that states it. */
  clauseStart: number;
  clauseEnd: number;
  /** Titles of the outline headings that contain it, outermost first. */
  section: string[];
}
