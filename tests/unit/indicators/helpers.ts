// Helpers for the indicator tests: a text model from lines, and indicators as plain rows.
import { extract, type Indicator } from '../../../src-shared/indicators';
import { buildTextModel } from '../../../src-shared/text';

export interface Row {
  name: string;
  value: number;
  unit: string;
  kind: Indicator['kind'];
  qualifier: Indicator['qualifier'];
  status: Indicator['status'];
  period: string | null;
}

export function rows(text: string): Row[] {
  return extract(buildTextModel(text)).map(({ name, value, unit, kind, qualifier, status, period }) => ({
    name,
    value,
    unit,
    kind,
    qualifier,
    status,
    period,
  }));
}

/** A small report: a title with its year, a review section, a plan section. */
export function report(review: string[], plan: string[] = [], year = 2024): string {
  return [
    `${year}年某市人民政府工作报告`,
    `一、${year - 1}年工作回顾`,
    ...review,
    `二、${year}年工作安排`,
    ...plan,
  ].join('\n');
}
