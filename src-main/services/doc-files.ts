// A document's folder: docs/<id>/source.<ext> (the imported bytes) and
// docs/<id>/text.json (its text model). Both are written atomically; a file
// that is missing or damaged costs that one document, which the user can
// import again, and never the library.
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { TextModelSchema } from '../../src-shared/api';
import { AppError } from '../../src-shared/errors';
import type { DocType, TextModel } from '../../src-shared/model';
import { nodeWriteOps, writeFileAtomic } from './atomic-write';
import type { WriteOps } from './atomic-write';
import { checkTextModel } from './model-check';
import { docDir, resolveDocFile, sourceFile, TEXT_FILE } from './paths';
import type { DocFile, LibraryPaths } from './paths';
import { nextTurn } from './next-turn';

/** The reason a read fails when the document has to be imported again. */
export const REIMPORT_REASON = 'document-damaged';

function damaged(id: string, file: DocFile, why: string): AppError {
  return new AppError('storage', `${file} of the document is ${why}: import the file again`, {
    reason: REIMPORT_REASON,
    id,
    file,
  });
}

export async function writeDocFiles(
  paths: LibraryPaths,
  id: string,
  type: DocType,
  bytes: Uint8Array,
  model: TextModel,
  ops: WriteOps = nodeWriteOps,
): Promise<void> {
  const dir = docDir(paths, id);
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(join(dir, sourceFile(type)), bytes, ops);
  await writeFileAtomic(join(dir, TEXT_FILE), JSON.stringify(model), ops);
}

async function readDocFile(paths: LibraryPaths, id: string, file: DocFile): Promise<Buffer> {
  try {
    return await readFile(await resolveDocFile(paths, id, file));
  } catch (err) {
    if (err instanceof AppError && err.code === 'not-found') throw damaged(id, file, 'missing');
    throw err;
  }
}

/** Bytes decoded between two turns (a 60 MB model decoded at once holds the process ~0.4 s). */
const DECODE_STEP = 4 << 20;

/** UTF-8 to a string a step at a time, as Buffer.toString would give it. */
async function decodeInSteps(bytes: Buffer): Promise<string> {
  if (bytes.length <= DECODE_STEP) return bytes.toString('utf8');
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += DECODE_STEP) {
    parts.push(decoder.decode(bytes.subarray(at, at + DECODE_STEP), { stream: true }));
    await nextTurn();
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export async function readTextModel(paths: LibraryPaths, id: string): Promise<TextModel> {
  const text = await decodeInSteps(await readDocFile(paths, id, TEXT_FILE));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw damaged(id, TEXT_FILE, 'damaged');
  }
  await nextTurn();
  const parsed = v.safeParse(TextModelSchema, raw);
  if (!parsed.success) throw damaged(id, TEXT_FILE, 'damaged');
  try {
    checkTextModel(parsed.output);
  } catch {
    throw damaged(id, TEXT_FILE, 'damaged');
  }
  return parsed.output;
}

export async function readSource(paths: LibraryPaths, id: string, type: DocType): Promise<Uint8Array> {
  const buf = await readDocFile(paths, id, sourceFile(type));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Whether both files are there, the source of the right size and the model readable. */
export async function docFilesHealthy(
  paths: LibraryPaths,
  id: string,
  type: DocType,
  size: number,
): Promise<boolean> {
  try {
    const info = await stat(await resolveDocFile(paths, id, sourceFile(type)));
    if (info.size !== size) return false;
    await readTextModel(paths, id);
    return true;
  } catch {
    return false;
  }
}

export async function removeDocFiles(paths: LibraryPaths, id: string): Promise<void> {
  await rm(docDir(paths, id), { recursive: true, force: true });
}
