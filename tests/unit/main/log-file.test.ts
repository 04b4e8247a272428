import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogFile, redact } from '../../../src-main/services/log-file';
import { createDispatcher } from '../../../src-main/services/dispatch';
import type { DispatchServices } from '../../../src-main/services/dispatch';

const NOTE = '我的批注：这一段的增长目标太低了 SECRET-NOTE-4711';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reportlens-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function allLogText(): Promise<string> {
  const names = await readdir(dir);
  const texts = await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
  return texts.join('');
}

describe('LogFile', () => {
  it('writes one line per event with time, level and fields', async () => {
    const log = new LogFile(dir, { now: () => new Date('2026-01-02T03:04:05Z') });
    log.info('start', { version: '0.1.0', packaged: false });
    log.error('import refused', { type: 'docx', code: 'docx-too-large' });
    const lines = (await readFile(log.path, 'utf8')).trim().split('\n');
    expect(lines).toEqual([
      '2026-01-02T03:04:05.000Z INFO start version=0.1.0 packaged=false',
      '2026-01-02T03:04:05.000Z ERROR import refused type=docx code=docx-too-large',
    ]);
  });

  it('rotates at the size cap and keeps only the given number of files', async () => {
    const log = new LogFile(dir, { maxBytes: 1000, files: 3 });
    for (let i = 0; i < 200; i++) log.info('event', { n: i, pad: 'x'.repeat(40) });
    const names = (await readdir(dir)).sort();
    expect(names).toEqual(['main.log', 'main.log.1', 'main.log.2']);
    for (const name of names) {
      const text = await readFile(join(dir, name), 'utf8');
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1000);
    }
    // The newest event is in main.log, older ones in .1 then .2, and the oldest are gone.
    const current = await readFile(join(dir, 'main.log'), 'utf8');
    expect(current).toContain('n=199 ');
    const older = await readFile(join(dir, 'main.log.1'), 'utf8');
    const lastOfOlder = Number(/n=(\d+)/.exec(older.trim().split('\n').at(-1) ?? '')?.[1]);
    const firstOfCurrent = Number(/n=(\d+)/.exec(current.split('\n')[0] ?? '')?.[1]);
    expect(lastOfOlder + 1).toBe(firstOfCurrent);
    expect(await allLogText()).not.toContain('n=0 ');
  });

  it('continues a log that exists, counting its size', async () => {
    new LogFile(dir, { maxBytes: 300 }).info('first', { pad: 'x'.repeat(200) });
    const again = new LogFile(dir, { maxBytes: 300 });
    again.info('second', { pad: 'y'.repeat(200) });
    expect((await readdir(dir)).sort()).toEqual(['main.log', 'main.log.1']);
  });

  it('never writes note text, whether in a message, a field or an error', async () => {
    const log = new LogFile(dir);
    // A damaged notes file's parse error quotes the file.
    let parseError: unknown;
    try {
      JSON.parse(`SECRET-NOTE ${NOTE}`);
    } catch (err) {
      parseError = err;
    }
    expect((parseError as Error).message).toContain('SECRET-NOT');
    log.warn(`notes.json is damaged (${(parseError as Error).message}); kept as notes.damaged.json`);
    log.error('could not read', {}, parseError);
    // A schema refusal quotes what it received.
    const issue = v.safeParse(v.picklist(['a']), NOTE);
    expect(issue.issues?.[0]?.message).toContain('SECRET-NOT');
    log.warn(`invalid: ${issue.issues?.[0]?.message ?? ''}`, { detail: `received "${NOTE}"` });
    const err = new Error(`failed on “${NOTE}”`);
    log.error('save failed', {}, err);
    log.error('thrown string', {}, NOTE);
    const text = await allLogText();
    expect(text).not.toContain('SECRET-NOT');
    expect(text).not.toContain('增长目标');
    expect(text).toContain('notes.json is damaged');
    expect(text).toContain('SyntaxError');
  });

  it('the dispatcher logs failures through it without their data', async () => {
    const log = new LogFile(dir);
    const failing = () => {
      throw new Error(`boom with "${NOTE}"`);
    };
    const services = {
      library: {},
      notes: { save: failing },
      exports: {},
      indicatorEdits: {},
      pickFiles: async () => [],
      log: log.serviceLog,
    } as unknown as DispatchServices;
    const dispatch = createDispatcher(services);
    const out = await dispatch('annotations.save', { id: 'a'.repeat(64), upserts: [], deletes: [] });
    expect(out.ok).toBe(false);
    const text = await allLogText();
    expect(text).toContain('annotations.save failed');
    expect(text).not.toContain('SECRET-NOT');
  });

  it('redact cuts quotes and long text', () => {
    expect(redact('a "b c" d \'e\' 「f」')).toBe('a "…" d \'…\' 「…」');
    expect(redact('x'.repeat(1000)).length).toBeLessThan(310);
  });

  it('a log that cannot be written does not throw', () => {
    const log = new LogFile(dir);
    (log as unknown as { path: string }).path = join(dir, 'missing-folder', 'main.log');
    expect(() => log.info('x')).not.toThrow();
  });
});
