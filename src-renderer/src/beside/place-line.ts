// Two reports side by side often share a title (政府工作报告): their region and year tell them apart.
import type { DocumentRecord } from '@shared/model';

export function placeLine(record: Pick<DocumentRecord, 'region' | 'year'>): string {
  return [record.region, record.year].filter((x) => x !== null && x !== '').join(' · ');
}
