// The process the kill -9 test kills: it saves notes through the real
// services as fast as it can (three writers at once, adds and deletes, a
// small journal so folds happen too) and prints each save once it is
// acknowledged: `add <id>` / `del <id>` (and `deleting <id>` before asking). Run: node --import tsx save-child.ts DIR DOC_ID
import { randomUUID } from 'node:crypto';
import { LibraryService } from '../../../src-main/services/library';
import { NotesService } from '../../../src-main/services/notes';
import type { Annotation } from '../../../src-shared/model';

const [dir = '', id = ''] = process.argv.slice(2);
if (!dir || !id) throw new Error('usage: save-child DIR DOC_ID');

const quiet = () => undefined;
const library = await LibraryService.open(dir, { log: quiet });
const notes = new NotesService(library, { log: quiet, compactEntries: 25, backupIntervalMs: 0 });

function annotation(n: number): Annotation {
  const time = new Date(Date.UTC(2024, 0, 1) + n).toISOString();
  return {
    id: randomUUID(),
    target: { start: 0, end: 4, quote: '全年增长', prefix: '', suffix: '' },
    style: 'highlight',
    color: 'yellow',
    note: `第${n}条：${'说明'.repeat(n % 40)}`,
    tags: n % 3 === 0 ? ['就业'] : [],
    createdAt: time,
    updatedAt: time,
  };
}

let n = 0;
async function writer(): Promise<never> {
  const mine: string[] = [];
  for (;;) {
    const i = n++;
    if (i % 5 === 4 && mine.length > 0) {
      const gone = mine.splice(i % mine.length, 1)[0] ?? '';
      // Asked for: from here on it may be gone even if the kill comes before the acknowledgement.
      process.stdout.write(`deleting ${gone}\n`);
      await notes.save({ id, upserts: [], deletes: [gone] });
      process.stdout.write(`del ${gone}\n`);
    } else {
      const a = annotation(i);
      await notes.save({ id, upserts: [a], deletes: [] });
      mine.push(a.id);
      process.stdout.write(`add ${a.id}\n`);
    }
  }
}

process.stdout.write('ready\n');
await Promise.all([writer(), writer(), writer()]);
