import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TextModel } from '../../../src-shared/model';
import { TEXT_MODEL_VERSION } from '../../../src-shared/model';
import {
  buildTextModel,
  continuesParagraph,
  repairParagraphs,
  splitTrimmedLines,
} from '../../../src-shared/text/plain';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const blockTexts = (m: TextModel) => m.blocks.map((b) => m.text.slice(b.start, b.end));

/** Invariants every model must keep: blocks in order, non-overlapping, joined by one '\n'. */
function expectWellFormed(m: TextModel) {
  expect(m.version).toBe(TEXT_MODEL_VERSION);
  expect(blockTexts(m).join('\n')).toBe(m.text);
  for (const b of m.blocks) expect(b.end).toBeGreaterThan(b.start);
  for (const o of m.outline) {
    expect(o.end).toBeGreaterThan(o.start);
    expect(o.end).toBeLessThanOrEqual(m.text.length);
  }
}

describe('splitTrimmedLines', () => {
  it('splits at LF, CRLF and CR, trims all kinds of spaces and drops empty lines', () => {
    expect(splitTrimmedLines('\ufeff甲\r\n\r\n\u3000乙\u00a0\r丙\n \t\n丁  ')).toEqual([
      '甲',
      '乙',
      '丙',
      '丁',
    ]);
  });
  it('keeps inner spaces and full-width characters as they are', () => {
    expect(splitTrimmedLines('  2021 年增长５％  ')).toEqual(['2021 年增长５％']);
  });
  it('returns nothing for blank input', () => {
    expect(splitTrimmedLines('')).toEqual([]);
    expect(splitTrimmedLines('\n\r\n \u3000')).toEqual([]);
  });
});

describe('continuesParagraph', () => {
  it('joins a line that stops mid-sentence', () => {
    expect(
      continuesParagraph(
        '产业强市重点布局有序铺排，科创动能“蓄积工程”等“八大工',
        '程”推进取得明显成效。',
        false,
      ),
    ).toBe(true);
    expect(
      continuesParagraph(
        '弘扬真抓实干、雷厉风行的良好作风，严厉整治形式主',
        '义、官僚主义，严格控制。',
        false,
      ),
    ).toBe(true);
  });
  it('keeps sentence ends, headings and titles apart', () => {
    expect(continuesParagraph('各位代表：', '我代表市人民政府。', false)).toBe(false);
    expect(continuesParagraph('正文，未完', '（二）推进创新开放。', false)).toBe(false);
    expect(continuesParagraph('一、“十三五”时期及 2020 年工作回顾', '“十三五”时期，是……', false)).toBe(false);
    expect(continuesParagraph('2021 年湖南省衡阳市人民政府工作报告', '——2021 年 1 月 18 日', true)).toBe(
      false,
    );
  });
  it('keeps short Chinese labels (bylines, dates, sources, unnumbered headings) apart', () => {
    expect(continuesParagraph('结束语', '各位代表，让我们更加紧密地团结起来。', false)).toBe(false);
    expect(continuesParagraph('衡阳市人民政府市长 朱健', '各位代表：', false)).toBe(false);
    expect(continuesParagraph('来源：湖北日报', '2025年1月16日在湖北省……作政府工作报告。', false)).toBe(
      false,
    );
  });
  it('joins when a line cannot end or start where it does', () => {
    expect(continuesParagraph('短行（', '沥青）路', false)).toBe(true);
    expect(continuesParagraph('标签', '，后文', false)).toBe(true);
    expect(continuesParagraph('完成。', '”后文', false)).toBe(true);
  });
  it('joins a long line without a sentence end, a short one with clause punctuation', () => {
    expect(continuesParagraph('长'.repeat(61), '续', false)).toBe(true);
    expect(continuesParagraph('侦破“302”涉黑', '专案，被列为精品案例。', false)).toBe(false);
    expect(continuesParagraph('降”。侦破“302”涉黑', '专案，被列为精品案例。', false)).toBe(true);
  });
  it('does not treat a decimal at the start of the next line as a heading', () => {
    expect(continuesParagraph('迅速构建防控体系，', '1.7万个党组织冲锋在前。', false)).toBe(true);
  });
});

describe('repairParagraphs', () => {
  it('joins CJK with nothing and Latin or digits with one space', () => {
    expect(repairParagraphs(['全市 GDP 总量，突破', '3500 亿元。'])).toEqual([
      '全市 GDP 总量，突破3500 亿元。',
    ]);
    expect(
      repairParagraphs(['Report', 'The economy grew by about five percent this year and', 'exports rose.']),
    ).toEqual(['Report', 'The economy grew by about five percent this year and exports rose.']);
  });
  it('joins across several broken lines', () => {
    expect(repairParagraphs(['甲，乙', '丙，丁', '戊。', '己。'])).toEqual(['甲，乙丙，丁戊。', '己。']);
  });
  it('joins a decimal broken after its point with nothing between (the point is no full stop)', () => {
    expect(repairParagraphs(['新增公路63.9万公里，其中高速公路3.', '3万公里，新建机场33个。'])).toEqual([
      '新增公路63.9万公里，其中高速公路3.3万公里，新建机场33个。',
    ]);
    // A full stop after a word still ends the paragraph.
    expect(repairParagraphs(['It grew by 3.', '3 cases were found.'])).toEqual([
      'It grew by 3.',
      '3 cases were found.',
    ]);
    expect(repairParagraphs(['It grew by 12.', '3%, as planned.'])).toEqual([
      'It grew by 12.',
      '3%, as planned.',
    ]);
  });
});

describe('buildTextModel', () => {
  it('normalises line ends and whitespace and joins blocks with one newline', () => {
    const m = buildTextModel(
      '\ufeff政府工作报告\r\n\r\n\u3000\u3000各位代表：\r\n\r\n 我代表政府报告工作。 \r\n',
    );
    expect(m.text).toBe('政府工作报告\n各位代表：\n我代表政府报告工作。');
    expect(m.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph']);
    expectWellFormed(m);
  });
  it('gives an empty model for blank text', () => {
    expect(buildTextModel(' \n\r\n')).toEqual({
      version: TEXT_MODEL_VERSION,
      text: '',
      blocks: [],
      outline: [],
    });
  });
  it('keeps full-width digits and inner spaces', () => {
    const m = buildTextModel('增长５.８％，2021 年。');
    expect(m.text).toBe('增长５.８％，2021 年。');
  });
  it('marks headings with levels and puts run-in headings in the outline', () => {
    const m = buildTextModel(
      '报告\n\n一、回顾\n\n（一）稳增长。具体内容。\n\n（二）促改革。\n\n1.抓落实。\n\n（1）细则。',
    );
    expect(m.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['title', undefined],
      ['heading', 1],
      ['paragraph', undefined],
      ['heading', 2],
      ['heading', 3],
      ['heading', 4],
    ]);
    expect(m.outline.map((o) => [o.level, o.title])).toEqual([
      [1, '一、回顾'],
      [2, '（一）稳增长'],
      [2, '（二）促改革'],
      [3, '1.抓落实'],
      [4, '（1）细则'],
    ]);
    expectWellFormed(m);
  });
  it('is deterministic', () => {
    const raw = fixture('hengyang-2021.txt');
    expect(buildTextModel(raw)).toEqual(buildTextModel(raw));
  });
  // Its speed is in `npm run bench` ("build text model, 20 MB"), not in a timed assertion.
  it('builds 20 MB of text', () => {
    const unit =
      '（一）应对大战大考，统筹疫情防控。1.7万个党组织冲锋在前，3万多名干部坚守防线\n\n，75万名群众积极参与。\r\n';
    const raw = unit.repeat(Math.ceil((20 * 1024 * 1024) / unit.length));
    const m = buildTextModel(raw);
    expect(m.blocks.length).toBeGreaterThan(300_000);
  });
});

describe('the Hengyang sample (.txt)', () => {
  const m = buildTextModel(fixture('hengyang-2021.txt'));
  const texts = blockTexts(m);

  it('is well formed', () => expectWellFormed(m));
  it('starts with the title, then the front matter, then the first paragraph', () => {
    expect(m.blocks[0]).toMatchObject({ kind: 'title' });
    expect(texts.slice(0, 5)).toEqual([
      '2021 年湖南省衡阳市人民政府工作报告',
      '——2021 年 1 月 18 日第十五届人民代表大会第九次会议上',
      '衡阳市人民政府市长 朱健',
      '各位代表：',
      texts[4],
    ]);
    expect(texts[4]).toMatch(/^我代表市人民政府，向大会报告政府工作，请连同.*提出意见。$/);
  });
  it('joins the paragraph broken inside “八大工程”', () => {
    const block = texts.find((t) => t.includes('八大工'));
    expect(block).toContain('“八大工程”推进取得明显成效');
    expect(block?.startsWith('（三）培育发展新动能')).toBe(true);
    expect(m.text).not.toContain('八大工\n');
  });
  it('joins the other paragraphs broken at page ends', () => {
    expect(m.text).toContain('侦破“302”涉黑专案');
    expect(m.text).toContain('进一步拓展国际友好城市');
    expect(m.text).toContain('重点水域禁捕退捕工作');
  });
  it('has the report’s outline', () => {
    const level1 = m.outline.filter((o) => o.level === 1).map((o) => o.title);
    expect(level1).toEqual([
      '一、“十三五”时期及 2020 年工作回顾',
      '二、“十四五”时期主要任务及2035年远景目标',
      '三、2021年工作安排',
      '四、加强政府自身建设',
    ]);
    const children: number[] = [];
    for (const o of m.outline) {
      if (o.level === 1) children.push(0);
      else if (o.level === 2) children.push((children.pop() ?? 0) + 1);
    }
    expect(children).toEqual([6, 0, 9, 4]);
    expect(m.outline.every((o) => o.level <= 2)).toBe(true);
    expect(m.outline.find((o) => o.title.startsWith('(一) 着力推进创新型城市建设'))).toBeDefined();
  });
  it('opens the same from GB18030 once decoded', () => {
    const gb = new TextDecoder('gb18030').decode(
      readFileSync(new URL('../../fixtures/hengyang-2021.gb18030.txt', import.meta.url)),
    );
    expect(buildTextModel(gb)).toEqual(m);
  });
});

describe('the Hubei sample (.txt, one paragraph a line)', () => {
  const m = buildTextModel(fixture('hubei-2025.txt'));
  const texts = blockTexts(m);

  it('keeps each line a block, full-width percent included', () => {
    expectWellFormed(m);
    expect(texts[0]).toBe('2025年湖北省政府工作报告');
    expect(texts[1]).toBe('来源：湖北日报');
    expect(m.blocks).toHaveLength(46);
    expect(m.text).toContain('增长5.8％');
  });
  it('has three parts with their sections', () => {
    expect(m.outline.filter((o) => o.level === 1).map((o) => o.title)).toEqual([
      '一、2024年工作回顾',
      '二、2025年工作思路和重点任务',
      '三、全面加强政府自身建设',
    ]);
    expect(m.outline.filter((o) => o.level === 2)).toHaveLength(16);
  });
});
