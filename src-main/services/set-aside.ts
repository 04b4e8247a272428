// Small files whose loss costs little (reading places, the library as last
// drawn, the search index): read whole, and when damaged, moved aside, never
// deleted or overwritten, so the next write starts afresh beside it.
import { readFile, rename } from 'node:fs/promises';
import * as v from 'valibot';

/** Moves a damaged `file` aside (`<file>.damaged-<time>`); a failure to move it is not an error. */
export async function setAside(file: string): Promise<void> {
  await rename(file, `${file}.damaged-${Date.now()}`).catch(() => undefined);
}

/**
 * The content of `file` if it is JSON that passes `schema`; null if there is
 * no file, or if it is damaged (then set aside, unless read-only).
 */
export async function readOrSetAside<S extends v.GenericSchema>(
  file: string,
  schema: S,
  readOnly = false,
): Promise<v.InferOutput<S> | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null; // None yet.
  }
  let parsed: v.SafeParseResult<S> | null;
  try {
    parsed = v.safeParse(schema, JSON.parse(text));
  } catch {
    parsed = null;
  }
  if (parsed?.success) return parsed.output;
  if (!readOnly) await setAside(file);
  return null;
}
