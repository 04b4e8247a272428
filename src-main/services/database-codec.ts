// Turning a database file's text into checked data: verify its checksum,
// parse, migrate older schema versions, validate the shape. Anything that
// fails is "damaged" and goes to recovery; a file from a newer app version (or
// whose version number is not one we could have written) is refused, never
// replaced: the store opens it read-only.
//
// The checksum is the last member of the JSON object, a SHA-256 of the text
// with that member left out, so the file stays plain JSON and a flipped bit
// inside a string is caught instead of being read as a changed note.
import { createHash } from 'node:crypto';
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
  /** From this schema version on every file carries a checksum; one without is damaged. */
  checksumFrom?: number;
  /** What can be shown of a file from a newer version (read-only); default: nothing. */
  salvage?: (raw: Record<string, unknown>) => T | null;
  /**
   * A faster, exact stand-in for `schema` on data as it is usually stored:
   * true only when the schema would accept `raw` and return it unchanged;
   * false leaves the decision (and the reason) to the schema.
   */
  check?: (raw: Record<string, unknown>) => raw is Record<string, unknown> & T;
}

export class DamagedDatabaseError extends Error {
  constructor(
    readonly reason: 'empty' | 'not-json' | 'wrong-shape' | 'migration-failed' | 'checksum',
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'DamagedDatabaseError';
  }
}

/** A file written by a newer ReportLens, or with a version number we never wrote: read it, never write it. */
export class NewerVersionError extends AppError {
  constructor(
    readonly file: string,
    readonly version: unknown,
    /** What could be read of it with today's schema, to show read-only. */
    readonly salvaged: unknown,
  ) {
    super('storage', `${file} was written by a newer version of ReportLens`, {
      file,
      reason: 'newer-version',
    });
  }
}

const CHECKSUM_TAIL = /,"checksum":"([0-9a-f]{64})"\}\s*$/;

export function checksumOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The SHA-256 of `body` as UTF-8, taken from `bytes` (the file `text` was
 * decoded from) when there are any: hashing the bytes read spares encoding
 * megabytes of text again. `text.slice(0, at)` is the body without its last
 * `}`. Bytes that are not valid UTF-8 cannot hash to a checksum written over
 * valid text, so either way only the bytes written verify.
 */
function bodySum(text: string, at: number, bytes?: Uint8Array): string {
  if (!bytes) return checksumOf(`${text.slice(0, at)}}`);
  const tailBytes = Buffer.byteLength(text.slice(at));
  if (tailBytes > bytes.length) return '';
  return createHash('sha256')
    .update(bytes.subarray(0, bytes.length - tailBytes))
    .update('}')
    .digest('hex');
}

/** The JSON text without its checksum member, verified; `checked` false when it has none. */
function verified(text: string, bytes?: Uint8Array): { body: string; checked: boolean } {
  const tail = CHECKSUM_TAIL.exec(text);
  if (!tail) return { body: text, checked: false };
  if (bodySum(text, tail.index, bytes) !== tail[1])
    throw new DamagedDatabaseError('checksum', 'the content does not match');
  return { body: `${text.slice(0, tail.index)}}`, checked: true };
}

const BLANK = /^[\s\0]*$/;

/** `bytes`: the file's bytes that `text` was decoded from, when at hand (to hash them as they are). */
export function decodeDatabase<T extends Versioned>(
  text: string,
  codec: DatabaseCodec<T>,
  file: string,
  bytes?: Uint8Array,
): T {
  // A file of NUL bytes is what some file systems leave after a crash mid-write.
  if (BLANK.test(text)) throw new DamagedDatabaseError('empty');
  const { body, checked } = verified(text, bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    throw new DamagedDatabaseError('not-json', err instanceof Error ? err.message : undefined);
  }
  if (!isRecord(raw) || !('schemaVersion' in raw)) {
    throw new DamagedDatabaseError('wrong-shape', 'no schemaVersion');
  }
  const version = raw['schemaVersion'];
  // A version we would not have written is a newer app's, or damage we cannot tell from one: hands off.
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    version > codec.schemaVersion
  ) {
    throw new NewerVersionError(file, version, codec.salvage?.(raw) ?? null);
  }
  if (!checked && codec.checksumFrom !== undefined && version >= codec.checksumFrom) {
    throw new DamagedDatabaseError('checksum', 'the checksum is missing');
  }
  if (version < codec.schemaVersion) {
    if (!codec.migrate) throw new DamagedDatabaseError('migration-failed', `no migration from ${version}`);
    try {
      raw = { ...codec.migrate(raw, version), schemaVersion: codec.schemaVersion };
    } catch (err) {
      throw new DamagedDatabaseError('migration-failed', err instanceof Error ? err.message : undefined);
    }
  }
  if (isRecord(raw) && codec.check?.(raw)) return raw;
  const result = v.safeParse(codec.schema, raw);
  if (!result.success) {
    const issue = result.issues[0];
    throw new DamagedDatabaseError('wrong-shape', `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  return result.output;
}

/** The file's text: the data as JSON with its checksum as the last member. */
export function encodeDatabase<T extends Versioned>(data: T): string {
  const body = JSON.stringify(data);
  return `${body.slice(0, -1)},"checksum":"${checksumOf(body)}"}`;
}

/** Keep the array items that pass `item` (for reading a newer version's file as far as it goes). */
export function salvageList<I>(value: unknown, item: v.GenericSchema<unknown, I>): I[] {
  if (!Array.isArray(value)) return [];
  const out: I[] = [];
  for (const x of value) {
    const parsed = v.safeParse(item, x);
    if (parsed.success) out.push(parsed.output);
  }
  return out;
}
