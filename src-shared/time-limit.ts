// A promise raced against a time limit, the same in the renderer's import and
// in the CLI: a hostile file can keep pdf.js from ever answering.

/** `promise`'s value, or 'timeout' if it has not settled within `ms` (the work itself goes on). */
export async function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
