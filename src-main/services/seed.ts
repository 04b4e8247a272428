// A new user's library starts with the bundled sample report. It is offered
// once: the library remembers that it was, so removing the sample is final.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DocumentRecord, TextModel } from '../../src-shared/model';
import { buildTextModel, decodeText } from '../../src-shared/text';
import type { LibraryService } from './library';

/** Parsing the app's own sample in Node is safe: it is not a user's file. */
export interface SampleParsers {
  decodeText: (bytes: Uint8Array) => { text: string; encoding: string };
  buildTextModel: (raw: string) => TextModel;
}

const realParsers: SampleParsers = { decodeText, buildTextModel };

export type SeedTarget = Pick<LibraryService, 'seeded' | 'markSeeded' | 'import'>;

/**
 * Import the sample at `samplePath` unless the library was seeded before.
 * Returns the new record, or null when nothing was imported. A missing or
 * unreadable sample is logged and tried again next time.
 */
export async function seedSample(
  library: SeedTarget,
  samplePath: string,
  parsers: SampleParsers = realParsers,
  log: (message: string, err?: unknown) => void = console.warn,
): Promise<DocumentRecord | null> {
  if (library.seeded) return null;
  let record: DocumentRecord;
  let duplicate: boolean;
  try {
    const bytes = new Uint8Array(await readFile(samplePath));
    const { text, encoding } = parsers.decodeText(bytes);
    const model = parsers.buildTextModel(text);
    ({ record, duplicate } = await library.import({
      fileName: basename(samplePath),
      bytes,
      model,
      encoding,
    }));
  } catch (err) {
    log(`could not add the sample report ${samplePath}`, err);
    return null;
  }
  await library.markSeeded();
  return duplicate ? null : record;
}
