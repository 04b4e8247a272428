// A PDF imported through the services and left open, as by a user who closed
// the app on it: the next launch (a reload with a fresh session) reopens it.
import { loadPdf } from '../../src-main/load/pdf';
import { readFixture } from './harness';
import type { AppHandle } from './harness';

/** Imports fixture `name` (a PDF) and leaves it open; its id. */
export async function leavePdfOpen(app: AppHandle, name = 'hengyang-2021.pdf'): Promise<string> {
  const fx = await readFixture(name);
  if (!fx.bytes) throw new Error(`no fixture ${name}`);
  const { model, pages } = await loadPdf(fx.bytes);
  const env = await app.services.dispatch('library.import', {
    fileName: fx.fileName,
    bytes: fx.bytes,
    model,
    pages,
  });
  if (!env.ok) throw new Error(JSON.stringify(env));
  const { record } = env.value as { record: { id: string } };
  await app.services.dispatch('reading.save', { id: record.id, offset: 0 });
  await app.services.flush();
  return record.id;
}
