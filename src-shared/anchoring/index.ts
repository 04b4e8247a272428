// Anchoring: targets from selections, and finding them again in a changed text.
export { describeRange, pageAt } from './describe';
export { anchor, anchorAll, MIN_FUZZY_SCORE, type Anchored } from './anchor';
export { compactAnnotations, expandAnnotations, type CompactList, type CompactAnnotation } from './compact';
