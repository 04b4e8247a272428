// Files the user picked (dialog, folder, the OS), kept here while the
// renderer reads their text: the import names a file by the token it was
// given instead of sending its bytes back. The stored original is then the
// file main read itself, and a 200 MB PDF crosses to the renderer once, not
// there and back. Bounded in bytes and in time: a file the renderer never
// imports (a parse that failed, a dialog of a hundred files) is let go, and
// an import that comes too late for its token sends the bytes as before.
import { randomUUID } from 'node:crypto';
import type { PickedFile } from '../../src-shared/api';

export interface PickedLimits {
  /** Bytes kept at most; the oldest files go first. */
  bytes: number;
  /** How long a file is kept, in ms. */
  ageMs: number;
}

export const PICKED_LIMITS: PickedLimits = { bytes: 512 * 1024 * 1024, ageMs: 15 * 60 * 1000 };

export class PickedBytes {
  /** In the order they were kept (a Map iterates in insertion order). */
  private readonly kept = new Map<string, { bytes: Uint8Array; at: number }>();
  private total = 0;

  constructor(
    private readonly limits: PickedLimits = PICKED_LIMITS,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The files, each read one with a token for its bytes. */
  keep(files: PickedFile[]): PickedFile[] {
    return files.map((f) => this.keepOne(f));
  }

  keepOne(file: PickedFile): PickedFile {
    if (!file.bytes || file.bytes.byteLength > this.limits.bytes) return file;
    const token = randomUUID();
    this.kept.set(token, { bytes: file.bytes, at: this.now() });
    this.total += file.bytes.byteLength;
    this.trim();
    return this.kept.has(token) ? { ...file, token } : file;
  }

  /** The bytes behind `token`, once; null when there are none (never given, taken, or let go). */
  take(token: string): Uint8Array | null {
    this.trim();
    const entry = this.kept.get(token);
    if (!entry) return null;
    this.drop(token, entry.bytes);
    return entry.bytes;
  }

  /** Bytes kept now (for tests and the log). */
  get size(): number {
    return this.total;
  }

  private trim(): void {
    const oldest = this.now() - this.limits.ageMs;
    for (const [token, { bytes, at }] of this.kept) {
      if (at >= oldest && this.total <= this.limits.bytes) break;
      this.drop(token, bytes);
    }
  }

  private drop(token: string, bytes: Uint8Array): void {
    this.kept.delete(token);
    this.total -= bytes.byteLength;
  }
}
