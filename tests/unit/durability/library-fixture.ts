// A library as a user leaves it, for the damage tests: two documents with
// notes (one with notes.json and a journal of two more saves), indicator
// edits, settings, backups, and the app closed cleanly.
import { createServices } from '../../../src-main/services/create-services';
import type { Services } from '../../../src-main/services/create-services';
import type { IndicatorEdit } from '../../../src-shared/api';
import type { Annotation } from '../../../src-shared/model';
import { annotationOf, bytesOf, modelOf } from '../services/helpers';

export const quiet = (): undefined => undefined;

export interface Seeded {
  a: string;
  b: string;
  titleA: string;
  /** A's notes: the first three are in notes.json, the last two only in its journal (one save each). */
  notesA: Annotation[];
  notesB: Annotation[];
  editsA: IndicatorEdit[];
}

export function open(dir: string): Promise<Services> {
  return createServices(dir, { log: quiet, backupIntervalMs: 0 });
}

const TEXT_A = '衡阳市2021年政府工作报告\n全年地区生产总值增长6.5%左右';
const TEXT_B = '湘潭市2021年政府工作报告\n城镇新增就业3万人';

export async function seedLibrary(dir: string): Promise<Seeded> {
  let s = await open(dir);
  const a = (await s.library.import({ fileName: 'a.txt', bytes: bytesOf(TEXT_A), model: modelOf(TEXT_A) }))
    .record;
  const b = (await s.library.import({ fileName: 'b.txt', bytes: bytesOf(TEXT_B), model: modelOf(TEXT_B) }))
    .record;
  const notesA = ['增长', '6.5%', '左右', '全年', '生产总值'].map((q, i) =>
    annotationOf(q, { note: `笔记${i}：要和去年对照` }),
  );
  const notesB = ['就业', '3万人'].map((q) => annotationOf(q, { tags: ['就业'] }));
  for (const n of notesA.slice(0, 3)) await s.notes.save({ id: a.id, upserts: [n], deletes: [] });
  for (const n of notesB) await s.notes.save({ id: b.id, upserts: [n], deletes: [] });
  const editsA: IndicatorEdit[] = [
    {
      op: 'change',
      target: { start: 17, end: 21, quote: '6.5%', prefix: '总值增长', suffix: '左右' },
      extractedName: '地区生产总值',
      fields: { name: 'GDP 增速' },
      confirmed: true,
      updatedAt: '2024-05-01T00:00:00.000Z',
    },
  ];
  await s.indicatorEdits.saveEdits({ id: a.id, edits: editsA });
  await s.library.settings.set({ locale: 'en' });
  await s.close();
  // Opening folds each journal into notes.json (and backs it up); two more saves go to A's journal.
  s = await open(dir);
  await s.notes.list({ id: a.id });
  await s.notes.list({ id: b.id });
  for (const n of notesA.slice(3)) await s.notes.save({ id: a.id, upserts: [n], deletes: [] });
  await s.close();
  return { a: a.id, b: b.id, titleA: a.title, notesA, notesB, editsA };
}
