// Reading notes.json fast (the checksum over the bytes read, the fast check
// before the schema) refuses exactly what the slow way refused.
import { describe, expect, it } from 'vitest';
import {
  DamagedDatabaseError,
  decodeDatabase,
  encodeDatabase,
} from '../../../src-main/services/database-codec';
import { NOTES_SCHEMA_VERSION, notesCodec } from '../../../src-main/services/notes-db';
import type { NotesData } from '../../../src-main/services/notes-db';

const note = (over: Record<string, unknown> = {}) => ({
  id: '0b9c8a3e-5f1d-4c2b-9a7e-1d2c3b4a5f60',
  target: { start: 10, end: 14, quote: '发展经济', prefix: '坚持', suffix: '，全年' },
  style: 'highlight',
  color: 'yellow',
  note: '要看',
  tags: ['经济'],
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-01T10:00:00.000Z',
  ...over,
});

/** A file as the app writes it (with a valid checksum), whatever it holds. */
const fileOf = (annotations: unknown[]): string =>
  encodeDatabase({ schemaVersion: NOTES_SCHEMA_VERSION, annotations } as unknown as NotesData);

const decode = (text: string, withBytes: boolean) =>
  decodeDatabase(text, notesCodec, 'notes.json', withBytes ? Buffer.from(text) : undefined);

describe.each([true, false])('decoding notes.json (checksum over the bytes: %s)', (withBytes) => {
  it('reads what was written', () => {
    const data = decode(
      fileOf([note(), note({ id: '1b9c8a3e-5f1d-4c2b-9a7e-1d2c3b4a5f60', target: null })]),
      withBytes,
    );
    expect(data.annotations).toHaveLength(2);
    expect(data.annotations[1]?.target).toBeNull();
  });

  it('refuses an annotation of the wrong shape even when the checksum verifies', () => {
    for (const bad of [
      note({ color: 'pink' }),
      note({ tags: 'x' }),
      note({ extra: 1 }),
      { ...note(), id: 'nope' },
    ]) {
      expect(() => decode(fileOf([note(), bad]), withBytes)).toThrow(DamagedDatabaseError);
      expect(() => decode(fileOf([note(), bad]), withBytes)).toThrow(/wrong-shape/);
    }
  });

  it('leaves what the schema changes to the schema (a padded tag comes back trimmed)', () => {
    expect(decode(fileOf([note({ tags: [' 经济 '] })]), withBytes).annotations[0]?.tags).toEqual(['经济']);
  });

  it('refuses a file whose content does not match its checksum', () => {
    const text = fileOf([note()]).replace('要看', '要改');
    expect(() => decode(text, withBytes)).toThrow(/checksum/);
  });

  it('refuses a blank file', () => {
    expect(() => decode(' \n\0\0', withBytes)).toThrow(/empty/);
  });
});

describe('the checksum over the bytes read', () => {
  it('refuses bytes that are not the UTF-8 the text was written as', () => {
    const text = fileOf([note()]);
    const bytes = Buffer.from(text);
    // One byte of a Chinese character changed: it decodes to U+FFFD, and the bytes no longer match either.
    const at = bytes.indexOf(Buffer.from('要看')) + 1;
    bytes[at] = 0xff;
    expect(() => decodeDatabase(bytes.toString('utf8'), notesCodec, 'notes.json', bytes)).toThrow(/checksum/);
  });

  it('reads a file with trailing whitespace after its checksum', () => {
    const text = `${fileOf([note()])}\n  \n`;
    expect(decode(text, true).annotations).toHaveLength(1);
  });
});
