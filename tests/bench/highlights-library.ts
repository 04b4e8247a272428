// The library the highlights benchmark and its diagnostic open: the sample
// with `n` annotations spread over its text, folded into notes.json as a
// later launch would find it.
import { mkdtemp } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';
import { createServices } from '../../src-main/services/create-services';
import { ANNOTATION_COLORS } from '../../src-shared/model';
import type { Annotation } from '../../src-shared/model';

/** A library holding the sample with `n` annotations spread over its text. */
export async function libraryWith(n: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rl-bench-hl-'));
  const services = await createServices(dir, { samplePath: join(ROOT, 'data/hengyang-2021.txt') });
  const id = services.library.list()[0]?.id ?? '';
  const text = (await services.library.open({ id })).model.text;
  const time = new Date().toISOString();
  const upserts: Annotation[] = Array.from({ length: n }, (_, i) => {
    const start = (i * 37) % (text.length - 12);
    const end = start + 4 + (i % 8);
    return {
      id: randomUUID(),
      target: {
        start,
        end,
        quote: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
      },
      style: i % 5 === 0 ? 'underline' : 'highlight',
      color: ANNOTATION_COLORS[i % ANNOTATION_COLORS.length] ?? 'yellow',
      note: i % 3 === 0 ? `note ${i}` : '',
      tags: i % 7 === 0 ? ['bench'] : [],
      createdAt: time,
      updatedAt: time,
    };
  });
  if (n > 0) {
    const saved = await services.dispatch('annotations.save', { id, upserts, deletes: [] });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
  }
  await services.flush();
  // Opened once more, as a later launch would: the journal is folded into notes.json.
  const again = await createServices(dir);
  await again.dispatch('annotations.list', { id });
  await again.flush();
  return dir;
}
