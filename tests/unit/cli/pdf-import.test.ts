// `import FILE...` (a PDF's annotations come in as notes) and `pdf --out`:
// annotate the sample PDF, save a copy, render it with poppler, import the
// copy: the same notes, once.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import { PAGE_TIME_LIMIT_MS } from '../../../src-shared/time-limit';
import { describeRange } from '../../../src-shared/anchoring/describe';
import type { Annotation } from '../../../src-shared/model';
import { tempDir } from '../services/helpers';
import { cli, ROOT, snapshot } from './cli-run';

let base: string;
let cleanup: () => Promise<void>;
const SAMPLE = join(ROOT, 'tests/fixtures/hengyang-2021.pdf');
const HIGHLIGHTS = join(ROOT, 'tests/fixtures/pdf/highlights.pdf');
/** Page 2 keeps pdf.js busy for ever (10⁹ text runs in nested forms, tests/fixtures/pdf/SOURCES.md). */
const STUCK = join(ROOT, 'tests/fixtures/pdf/nested-forms.pdf');
/** Page 2's branch of the page tree holds a string, not a page: pdf.js throws on page 2 only. */
const BROKEN = join(ROOT, 'tests/fixtures/pdf/broken-page.pdf');
/** Opens, but its one page is damaged. */
const FUZZED = join(ROOT, 'tests/fixtures/pdf/poppler-937-0-fuzzed.pdf');

beforeAll(async () => ({ dir: base, cleanup } = await tempDir('rl-cli-pdf-')));
afterAll(async () => cleanup());

const lines = (s: string) =>
  s
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));

describe('import and pdf', () => {
  it('imports files one line each, a PDF with its 6 highlights as notes, none twice', async () => {
    const data = join(base, 'a');
    const run = await cli(['import', HIGHLIGHTS, join(base, 'missing.txt'), '--data', data]);
    expect(run.code).toBe(1);
    const [ok, failed] = lines(run.stdout);
    expect(ok?.[0]).toBe('imported');
    expect(ok?.[4]).toBe('6 notes from the PDF');
    expect(failed?.slice(0, 2)).toEqual(['failed', '-']);
    expect(failed?.[3]).toMatch(/no such file/);
    const again = await cli(['import', HIGHLIGHTS, '--data', data]);
    expect(again.code).toBe(0);
    expect(lines(again.stdout)[0]?.[0]).toBe('same');
    expect(lines(again.stdout)[0]?.[4]).toBe('0 notes from the PDF');
    const csv = await cli(['notes', HIGHLIGHTS, '--format', 'csv', '--data', data]);
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(7);
  }, 300_000);

  it('imports a PDF with a page pdf.js never finishes: that page is skipped with a warning, the rest read', async () => {
    const data = join(base, 'stuck');
    const started = Date.now();
    const run = await cli(['import', STUCK, '--data', data]);
    // pdf.js ran on the CLI's own thread: a time limit could never fire, and the command never ended.
    expect(Date.now() - started).toBeLessThan(PAGE_TIME_LIMIT_MS * 3);
    expect(run.code).toBe(0);
    const [imported] = lines(run.stdout);
    expect(imported?.[0]).toBe('imported');
    expect(run.stderr).toContain(
      'nested-forms.pdf: no text from page 2 (pdf.js did not give it within 15 s)',
    );
    const id = imported?.[1] ?? '';
    const services = await createServices(data);
    const opened = await services.dispatch('document.open', { id });
    const text = opened.ok ? (opened.value as { model: { text: string } }).model.text : '';
    for (const n of [1, 3, 4, 5, 6]) expect(text).toContain(`Page ${n} text here`);
  }, 120_000);

  it('imports a PDF with a page pdf.js cannot read: that page is skipped with a warning, the rest read', async () => {
    const data = join(base, 'broken');
    const run = await cli(['import', BROKEN, '--data', data]);
    // It used to fail the whole file ("this PDF is damaged or not a PDF"), where the app skipped the page.
    expect(run.code).toBe(0);
    const [imported] = lines(run.stdout);
    expect(imported?.[0]).toBe('imported');
    expect(run.stderr).toContain('broken-page.pdf: no text from page 2 (pdf.js could not read it: damaged)');
    const services = await createServices(data);
    const opened = await services.dispatch('document.open', { id: imported?.[1] ?? '' });
    const text = opened.ok ? (opened.value as { model: { text: string } }).model.text : '';
    for (const n of [1, 3]) expect(text).toContain(`Page ${n} text here`);
    expect(text).not.toContain('Page 2');
  }, 60_000);

  it('refuses a PDF none of whose pages can be read as damaged, not as a scan without text', async () => {
    const run = await cli(['import', FUZZED, '--data', join(base, 'fuzzed')]);
    expect(run.code).toBe(1);
    const [failed] = lines(run.stdout);
    expect(failed?.slice(0, 2)).toEqual(['failed', '-']);
    expect(failed?.[3]).toBe('this PDF is damaged or not a PDF');
    expect(run.stderr).toContain(
      'poppler-937-0-fuzzed.pdf: no text from page 1 (pdf.js could not read it: damaged)',
    );
  }, 60_000);

  it("takes a PDF's bookmarks as its outline and its metadata title, as the app's import does", async () => {
    const data = join(base, 'outline');
    const titled = join(base, 'titled.pdf');
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf
      .addPage()
      .drawText('This PDF version of the report is provided as is.', { x: 50, y: 700, size: 12, font });
    pdf.setTitle('Annual Work Report 2021');
    await writeFile(titled, await pdf.save());
    const run = await cli(['import', HIGHLIGHTS, titled, '--data', data]);
    expect(run.code).toBe(0);
    const [, second] = lines(run.stdout);
    // Not the first line of its text ("This PDF version of…"): the title the file names itself.
    expect(second?.[3]).toBe('Annual Work Report 2021');
    const services = await createServices(data, { log: () => undefined });
    const record = services.library.list().find((r) => r.fileName === 'highlights.pdf');
    if (!record) throw new Error('not imported');
    const { model } = await services.library.open({ id: record.id });
    // highlights.pdf's own ten bookmarks, not headings guessed from its text.
    expect(model.outline.map((o) => o.title).slice(0, 3)).toEqual([
      '1. Introduction',
      '2. Overview',
      '3. Trace Trees',
    ]);
    expect(model.outline).toHaveLength(10);
    await services.close();
  }, 300_000);

  it('saves a copy with the notes that poppler renders, and the copy reads back as the same notes', async () => {
    const data = join(base, 'b');
    expect((await cli(['import', SAMPLE, '--data', data])).code).toBe(0);
    const services = await createServices(data, { log: () => undefined });
    const [record] = services.library.list();
    if (!record) throw new Error('not imported');
    const { model } = await services.library.open({ id: record.id });
    const quote = '全市上下坚持以习近平新时代中国特色社会主义思想为指导';
    const at = model.text.indexOf(quote);
    const notes: Annotation[] = [
      {
        id: crypto.randomUUID(),
        target: describeRange(model.text, at, at + quote.length, 1),
        style: 'highlight',
        color: 'green',
        note: '笔记：指导思想',
        tags: [],
        createdAt: '2024-03-01T08:00:00.000Z',
        updatedAt: '2024-03-01T08:00:00.000Z',
      },
    ];
    await services.notes.save({ id: record.id, upserts: notes, deletes: [] });
    await services.flush();

    const before = await snapshot(data);
    const out = join(base, 'copy.pdf');
    const run = await cli(['pdf', record.id, '--out', out, '--data', data]);
    expect(run.stdout).toBe(`written: 1\nnot written: 0\n${out}\n`);
    expect(await snapshot(data)).toEqual(before);
    const refused = await cli(['pdf', SAMPLE, '--out', SAMPLE, '--data', data]);
    expect(refused.stderr).toMatch(/the original is never written/);

    await promisify(execFile)('pdftoppm', [
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-png',
      out,
      join(base, 'copy'),
    ]);
    await mkdir(join(ROOT, 'test-results'), { recursive: true });
    await copyFile(join(base, 'copy-01.png'), join(ROOT, 'test-results', 'pdf-copy-poppler.png'));
    expect((await readFile(join(base, 'copy-01.png'))).length).toBeGreaterThan(10_000);

    const other = join(base, 'c');
    const imported = await cli(['import', out, '--data', other]);
    expect(lines(imported.stdout)[0]?.[4]).toBe('1 notes from the PDF');
    const csv = (await cli(['notes', out, '--format', 'csv', '--data', other])).stdout.split('\r\n');
    expect(csv[1]).toContain(`${notes[0]?.id},placed,${quote},1,`);
    expect(csv[1]).toContain('笔记：指导思想');
    expect(lines((await cli(['import', out, '--data', other])).stdout)[0]?.[4]).toBe('0 notes from the PDF');
  }, 300_000);
});
