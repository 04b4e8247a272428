// Turning a database file's text into checked data: parse, migrate older
// schema versions, validate the shape. Anything that fails is "damaged" and
// goes to recovery; a file from a newer app version is refused, not replaced.
import * as v from 'valibot';
import { AppError } from '../../src-shared/errors';

export interface Versioned {
  schemaVersion: number;
}

export interface DatabaseCodec<T extends Versioned> {
  schemaVersion: number;
  schema: v.GenericSchema<unknown, T>;
  /**
   * Upgrade data written at `fromVersion` (< schemaVersion) one or more steps;
   * the result is validated against `schema` afterwards.
   */
  migrate?: (raw: Record<string, unknown>, fromVersion: number) => Record<string, unknown>;
}

export class DamagedDatabaseError extends Error {
  constructor(
    readonly reason: 'empty' | 'not-json' | 'wrong-shape' | 'migration-failed',
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'DamagedDatabaseError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function decodeDatabase<T extends Versioned>(text: string, codec: DatabaseCodec<T>, file: string): T {
  // A file of NUL bytes is what some file systems leave after a crash mid-write.
  if (text.replace(/[\s\0]/g, '') === '') throw new DamagedDatabaseError('empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new DamagedDatabaseError('not-json', err instanceof Error ? err.message : undefined);
  }
  if (!isRecord(raw) || typeof raw['schemaVersion'] !== 'number' || !Number.isInteger(raw['schemaVersion'])) {
    throw new DamagedDatabaseError('wrong-shape', 'no schemaVersion');
  }
  const version = raw['schemaVersion'];
  if (version > codec.schemaVersion) {
    throw new AppError('storage', `${file} was written by a newer version of ReportLens`, {
      file,
      reason: 'newer-version',
    });
  }
  if (version < codec.schemaVersion) {
    if (!codec.migrate) throw new DamagedDatabaseError('migration-failed', `no migration from ${version}`);
    try {
      raw = { ...codec.migrate(raw, version), schemaVersion: codec.schemaVersion };
    } catch (err) {
      throw new DamagedDatabaseError('migration-failed', err instanceof Error ? err.message : undefined);
    }
  }
  const result = v.safeParse(codec.schema, raw);
  if (!result.success) {
    const issue = result.issues[0];
    throw new DamagedDatabaseError('wrong-shape', `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  return result.output;
}

export function encodeDatabase<T extends Versioned>(data: T): string {
  return JSON.stringify(data);
}
