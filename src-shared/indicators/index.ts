// Indicator extraction: numbers that matter, with what they measure, as offsets into the text.
export { extract } from './extract';
export type { Indicator, IndicatorKind, IndicatorStatus, Qualifier } from './types';
export { parseChineseNumeral, readArabic } from './numbers';
export { fiveYearPlanSpan } from './period';
