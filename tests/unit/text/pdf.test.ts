import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TextModel } from '../../../src-shared/model';
import { buildPdfTextModel, cleanItemText, type PdfPageInput } from '../../../src-shared/text/pdf';
import { buildTextModel } from '../../../src-shared/text/plain';
import { eol, full, item, page } from './pdf-helpers';

const blockTexts = (m: TextModel) => m.blocks.map((b) => m.text.slice(b.start, b.end));

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

/** Every item that contributed starts where its string is in the text; pages are ordered ranges. */
function expectConsistent(m: TextModel, pages: readonly PdfPageInput[]) {
  expect(m.pages).toHaveLength(pages.length);
  let last = 0;
  pages.forEach((p, n) => {
    const span = defined(m.pages?.[n]);
    expect(span.items).toHaveLength(p.items.length);
    expect(span.start).toBeGreaterThanOrEqual(last);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    last = span.end;
    p.items.forEach((it, i) => {
      const at = defined(span.items[i]);
      if (it.str === '') expect(at).toBe(-1);
      if (at < 0) return;
      expect(m.text.slice(at, at + it.str.length)).toBe(cleanItemText(it.str));
      expect(at).toBeGreaterThanOrEqual(span.start);
      expect(at + it.str.length).toBeLessThanOrEqual(span.end);
    });
  });
  for (const b of m.blocks) expect(m.text.slice(b.start, b.end).trim()).toBe(m.text.slice(b.start, b.end));
}

describe('buildPdfTextModel: lines and paragraphs', () => {
  it('joins wrapped CJK lines with nothing and starts a paragraph at an indented line', () => {
    const pages = [
      page([
        { text: full('我代表政府', '报'), x: 87 },
        '告工作。',
        { text: full('过去五年，', '好'), x: 87 },
        '结束。',
      ]),
    ];
    const m = buildPdfTextModel(pages);
    expect(blockTexts(m)).toEqual([
      `${full('我代表政府', '报')}告工作。`,
      `${full('过去五年，', '好')}结束。`,
    ]);
    expectConsistent(m, pages);
  });
  it('joins wrapped Latin words with one space', () => {
    const first = `The economy grew by about five percent this year, driven by investment and by strong domestic demand, and`;
    const pages = [page([first, 'exports rose.'])];
    const m = buildPdfTextModel(pages);
    expect(m.text).toBe(`${first} exports rose.`);
  });
  it('adds nothing when a line already ends with a space or a hyphen', () => {
    const long = 'x'.repeat(70);
    const m = buildPdfTextModel([page([`${long} word `, 'next', `${long} inter-`, 'national'])]);
    expect(m.text).not.toContain('  ');
    expect(m.text).toContain('-national');
  });
  it('starts a paragraph after a short line that ends a sentence', () => {
    const m = buildPdfTextModel([
      page([full('甲'), '结束。', full('乙开始新段，没有缩进'), '完。', '短段。']),
    ]);
    expect(blockTexts(m)).toEqual([`${full('甲')}结束。`, `${full('乙开始新段，没有缩进')}完。`, '短段。']);
  });
  it('keeps a full line that ends a sentence in its paragraph', () => {
    const m = buildPdfTextModel([page([full('甲', '文') + '。', '乙继续。'])]);
    expect(blockTexts(m)).toHaveLength(1);
  });
  it('starts a paragraph where the font size changes', () => {
    const pages = [page([{ text: '一、工作回顾', size: 14 }, full('正文'), '完。'])];
    const m = buildPdfTextModel(pages);
    expect(blockTexts(m)).toEqual(['一、工作回顾', `${full('正文')}完。`]);
    expect(m.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
  });
  it('starts a paragraph after a large vertical gap', () => {
    const items = [
      item(full('甲'), 63, 780, { eol: true }),
      item(full('乙'), 63, 759, { eol: true }),
      item(full('丙'), 63, 738, { eol: true }),
      item(full('丁'), 63, 690),
    ];
    expect(blockTexts(buildPdfTextModel([{ width: 595, height: 842, items }]))).toHaveLength(2);
  });
  it('starts a paragraph at a heading’s numbering after a sentence', () => {
    const m = buildPdfTextModel([page([full('甲', '文') + '。', '（二）推进创新开放。'])]);
    expect(blockTexts(m)).toEqual([full('甲', '文') + '。', '（二）推进创新开放。']);
  });
  it('starts a paragraph after a line that ends far before the edge', () => {
    const m = buildPdfTextModel([page(['衡阳市人民政府市长', full('各位代表'), '完。'])]);
    expect(blockTexts(m)).toEqual(['衡阳市人民政府市长', `${full('各位代表')}完。`]);
  });
  it('but not when the short line ends with an opening mark or the next starts with a closing one', () => {
    expect(blockTexts(buildPdfTextModel([page(['短行“', full('后文'), '完。'])]))).toHaveLength(1);
    expect(blockTexts(buildPdfTextModel([page(['短行', '”后文。'])]))).toHaveLength(1);
  });
  it('indents in a block quote do not split it', () => {
    const m = buildPdfTextModel([
      page([full('甲'), { text: full('引'), x: 87 }, { text: full('文'), x: 87 }, full('乙')]),
    ]);
    expect(blockTexts(m)).toHaveLength(2);
  });
});

describe('buildPdfTextModel: pages', () => {
  it('continues a paragraph on the next page when it is not indented and no sentence ended', () => {
    const pages = [
      page([{ text: full('第一段'), x: 87 }, full('处置企业', '文') + '16']),
      page(['家，减税降费。', { text: '新段落。', x: 87 }]),
    ];
    const m = buildPdfTextModel(pages);
    expect(blockTexts(m)).toHaveLength(2);
    expect(m.text).toContain('16家，减税降费。\n新段落。');
    expect(m.pages?.[0]?.end).toBe(m.text.indexOf('家'));
    expect(m.pages?.[1]?.start).toBe(m.text.indexOf('家'));
    expectConsistent(m, pages);
  });
  it('starts a paragraph when the next page starts indented', () => {
    const m = buildPdfTextModel([
      page([full('甲'), full('乙')]),
      page([{ text: full('丙'), x: 87 }, '完。']),
    ]);
    expect(blockTexts(m)).toHaveLength(2);
  });
  it('leaves out page numbers, with -1 for their items', () => {
    const body = page([{ text: full('正文'), x: 87 }, full('继续')]);
    body.items.push(item('— 1 —', 280, 40));
    const next = page([full('接续', '续') + '。']);
    next.items.push(item('2', 295, 40));
    const m = buildPdfTextModel([body, next]);
    expect(m.text).not.toMatch(/—|2/);
    expect(m.pages?.[0]?.items.at(-1)).toBe(-1);
    expect(m.pages?.[1]?.items.at(-1)).toBe(-1);
    expect(blockTexts(m)).toHaveLength(1);
  });
  it('gives an empty page an empty span', () => {
    const pages = [
      page([full('甲') + '。']),
      { width: 595, height: 842, items: [] },
      page([{ text: '乙。', x: 87 }]),
    ];
    const m = buildPdfTextModel(pages);
    expect(m.pages?.[1]).toEqual({ start: m.pages?.[0]?.end, end: m.pages?.[0]?.end, items: [] });
    expect(m.text).toBe(`${full('甲')}。\n乙。`);
    expectConsistent(m, pages);
  });
  it('builds an empty model without pages or text', () => {
    expect(buildPdfTextModel([])).toEqual({ version: 1, text: '', blocks: [], pages: [], outline: [] });
    const m = buildPdfTextModel([{ width: 1, height: 1, items: [eol(0, 0)] }]);
    expect(m.text).toBe('');
    expect(m.pages).toEqual([{ start: 0, end: 0, items: [-1] }]);
  });
});

describe('buildPdfTextModel: items', () => {
  it('maps every item, empty and whitespace-only ones at a line end to -1', () => {
    const items = [
      eol(87, 700),
      item('一、', 87, 700),
      item(' ', 111, 700),
      item('回顾', 114, 700),
      item(' ', 140, 700, { eol: true }),
      item('正文。', 63, 679),
    ];
    const pages = [{ width: 595, height: 842, items }];
    const m = buildPdfTextModel(pages);
    expect(m.pages?.[0]?.items).toEqual([-1, 0, 2, 3, -1, 6]);
    expect(m.text).toBe('一、 回顾\n正文。');
    expectConsistent(m, pages);
  });
  it('cleanItemText keeps the length', () => {
    expect(cleanItemText('a\u0000b\u2028c\u007f')).toBe('a b c ');
    expect(cleanItemText('不变')).toBe('不变');
  });
  it('turns control characters inside an item into spaces without moving offsets', () => {
    const pages = [{ width: 595, height: 842, items: [item('甲\n乙\t丙', 63, 700)] }];
    const m = buildPdfTextModel(pages);
    expect(m.text).toBe('甲 乙 丙');
    expect(m.blocks).toHaveLength(1);
  });
  it('reads vertical text in column order', () => {
    const pages = [
      {
        width: 249,
        height: 321,
        items: [
          {
            str: 'あいうえお',
            hasEOL: true,
            transform: [9.2, 0, 0, 9.2, 233.9, 299.1],
            width: 9.2,
            height: 46.1,
            dir: 'ttb',
          },
          {
            str: '日本語',
            hasEOL: false,
            transform: [9.2, 0, 0, 9.2, 218.3, 299.1],
            width: 9.2,
            height: 27.6,
            dir: 'ttb',
          },
        ],
      },
    ];
    const m = buildPdfTextModel(pages);
    expect(m.text.replace('\n', '')).toBe('あいうえお日本語');
    expectConsistent(m, pages);
  });
  it('is deterministic', () => {
    const pages = [page([{ text: full('甲'), x: 87 }, '乙。'])];
    expect(buildPdfTextModel(pages)).toEqual(buildPdfTextModel(pages));
  });
});

describe('the Hengyang sample (real pdf.js items of pages 1–3)', () => {
  const pages = JSON.parse(
    readFileSync(new URL('./fixtures/hengyang-pages.json', import.meta.url), 'utf8'),
  ) as PdfPageInput[];
  const m = buildPdfTextModel(pages);
  const texts = blockTexts(m);
  const txt = buildTextModel(
    readFileSync(new URL('../../fixtures/hengyang-2021.txt', import.meta.url), 'utf8'),
  );

  it('maps every item to its place in the text', () => expectConsistent(m, pages));
  it('starts with the large-type title lines, then the first paragraph', () => {
    expect(m.blocks[0]?.kind).toBe('title');
    expect(texts[0]?.startsWith('2021 年湖南省衡阳市人民政府工作报告')).toBe(true);
    expect(texts[1]).toBe('市长 朱健各位代表：');
  });
  it('has the same first paragraph as the .txt model', () => {
    const first = blockTexts(txt).find((t) => t.startsWith('我代表'));
    expect(texts[2]).toBe(first);
  });
  it('joins the paragraph running from page 1 onto page 2', () => {
    expect(m.text).toContain('处置国有僵尸企业 16家，减税降费 189.7 亿元');
    const p2 = defined(m.pages?.[1]);
    expect(m.text.slice(p2.start, p2.start + 3)).toBe('家，减');
  });
  it('has the same paragraphs as the .txt model, up to whitespace', () => {
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    const txtBlocks = new Set(blockTexts(txt).map(squeeze));
    // Past the front matter, and before the paragraph cut off by the end of page 3.
    const differ = texts.slice(2, -1).filter((t) => !txtBlocks.has(squeeze(t)));
    // Only the heading printed in one item with the next paragraph differs.
    expect(differ).toHaveLength(1);
    expect(differ[0]?.startsWith('一、“十三五”时期及 2020 年工作回顾“十三五”时期，是衡阳')).toBe(true);
  });
  it('keeps “八大工程” whole', () => {
    expect(m.text).toContain('“八大工程”推进取得明显成效');
  });
  it('finds the run-in headings', () => {
    expect(m.outline.map((o) => o.level)).toEqual([1, 2, 2, 2]);
    expect(m.outline[1]?.title).toBe('（一）应对大战大考，统筹疫情防控和经济社会发展取得重大成果');
  });
});
