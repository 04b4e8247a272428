// A small hand-made PDF document with notes of every kind, for the Markdown export tests.
import { describeRange } from '../../../src-shared/anchoring/describe';
import {
  TEXT_MODEL_VERSION,
  type Annotation,
  type Block,
  type DocumentRecord,
  type OutlineItem,
  type TextModel,
  type TextTarget,
} from '../../../src-shared/model';

const LINES: Array<[string, Block['kind'], number?]> = [
  ['2021年某市政府工作报告', 'title'],
  ['各位代表：', 'paragraph'],
  ['一、过去一年的工作', 'heading', 1],
  ['全市生产总值增长 7.4%，*重点*项目 #1 全部完成。', 'paragraph'],
  ['（一）创新开放', 'heading', 2],
  ['> 以引用符号开头的一句。', 'paragraph'],
  ['# 以井号开头的一句。', 'paragraph'],
  ['二、今年的任务', 'heading', 1],
  ['坚持稳中求进，推动高质量发展。', 'paragraph'],
];

function buildModel(): TextModel {
  const text = LINES.map(([line]) => line).join('\n');
  const blocks: Block[] = [];
  const outline: OutlineItem[] = [];
  let at = 0;
  for (const [line, kind, level] of LINES) {
    blocks.push(
      level === undefined
        ? { start: at, end: at + line.length, kind }
        : { start: at, end: at + line.length, kind, level },
    );
    if (level !== undefined) outline.push({ title: line, level, start: at, end: at + line.length });
    at += line.length + 1;
  }
  // Page 2 starts inside the passage quoted across two paragraphs.
  const page2 = text.indexOf('# 以井号');
  return {
    version: TEXT_MODEL_VERSION,
    text,
    blocks,
    outline,
    pages: [
      { start: 0, end: page2 - 1, items: [] },
      { start: page2, end: text.length, items: [] },
    ],
  };
}

export const model = buildModel();

export const record: DocumentRecord = {
  id: 'a'.repeat(64),
  type: 'pdf',
  fileName: 'report_2021.pdf',
  size: 1234,
  pages: 2,
  chars: model.text.length,
  importedAt: '2024-01-01T00:00:00.000Z',
  title: '2021年某市政府工作报告',
  year: 2021,
  region: '某市',
};

function target(quote: string): TextTarget {
  const at = model.text.indexOf(quote);
  if (at < 0) throw new Error(`not in the model: ${quote}`);
  return describeRange(model.text, at, at + quote.length);
}

let n = 0;
function note(t: TextTarget | null, text: string, tags: string[] = [], created?: string): Annotation {
  n++;
  const at = created ?? `2024-03-0${n}T08:00:00.000Z`;
  return {
    id: `id-${n}`,
    target: t,
    style: 'highlight',
    color: 'yellow',
    note: text,
    tags,
    createdAt: at,
    updatedAt: at,
  };
}

/** Out of reading order on purpose; one stale target, one orphan, two document notes. */
export const annotations: Annotation[] = [
  note(target('坚持稳中求进'), '今年的总基调。\n\n```\n未闭合的代码块', ['任务']),
  note(null, '第二条文档笔记，后写的。', [], '2024-03-09T08:00:00.000Z'),
  note(target('全市生产总值增长 7.4%'), '增速**高于**全省。', ['GDP', '#重要', 'two words']),
  note(target('> 以引用符号开头的一句。\n# 以井号开头的一句。'), '跨段落的摘录。'),
  note(null, '整篇报告的**总体**印象。', ['总体'], '2024-03-01T00:00:00.000Z'),
  note({ ...target('各位代表'), start: 40, end: 44 }, ''),
  note(
    { ...target('二、今年的任务'), quote: '三、已经删除的一节', prefix: '', suffix: '' },
    '旧版本里的笔记。',
    ['旧'],
  ),
  note(target('（一）创新开放'), '', ['创新']),
];
