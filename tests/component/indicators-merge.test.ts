// Edits laid over the extraction: they follow their value when the text
// changes, pick the right row among several on one value, and survive
// running the extractor again.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src-shared/indicators';
import { buildTextModel } from '../../src-shared/text';
import { mergeEdits, withAdd, withChange, withDelete } from '../../src-renderer/src/indicators/merge';
import { buildAdded, parseValue, sectionAt } from '../../src-renderer/src/indicators/selection';
import { filterRows, groupLines, rowsToCsv, sortRows } from '../../src-renderer/src/indicators/table';

const NOW = '2024-05-01T00:00:00.000Z';
const TEXT = [
  '2024年某市人民政府工作报告',
  '一、过去一年的工作',
  '全市地区生产总值增长6%，一般公共预算收入达到120亿元。',
  '二、今年的目标',
  '地区生产总值增长5%左右，城镇新增就业3万人以上。',
].join('\n\n');

function setup(text = TEXT) {
  const model = buildTextModel(text);
  return { model, extracted: extract(model) };
}

describe('mergeEdits', () => {
  it('shows the extraction as it is when there are no edits', () => {
    const { model, extracted } = setup();
    const { rows, unplaced } = mergeEdits(model, extracted, []);
    expect(rows.length).toBe(extracted.length);
    expect(rows.every((r) => r.origin === 'extracted' && !r.confirmed)).toBe(true);
    expect(unplaced).toBe(0);
  });

  it('applies a change and a confirmation, and keeps them after the extractor runs again on an edited text', () => {
    const { model, extracted } = setup();
    const first = mergeEdits(model, extracted, []).rows.find((r) => r.unit === '亿元');
    expect(first).toBeDefined();
    if (!first) return;
    const edits = withChange([], model, first, { name: '公共预算收入', confirmed: true }, NOW);
    // The report gains a paragraph before the value: offsets move, the edit follows its quote.
    const moved = setup(
      TEXT.replace('一、过去一年的工作', '一、过去一年的工作\n\n新增一段说明文字，没有数字。'),
    );
    const { rows, unplaced } = mergeEdits(moved.model, moved.extracted, edits);
    const row = rows.find((r) => r.unit === '亿元');
    expect(unplaced).toBe(0);
    expect(row).toMatchObject({ name: '公共预算收入', confirmed: true, origin: 'edited', value: 120 });
    expect(moved.model.text.slice(row?.start, row?.end)).toBe('120亿元');
  });

  it('keeps an edit on its own row when one value holds for two measures (two rows on one span)', () => {
    const { model, extracted } = setup('城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%。');
    const rows = mergeEdits(model, extracted, []).rows;
    expect(rows.map((r) => r.name)).toEqual(['城镇居民人均可支配收入', '农村居民人均纯收入']);
    expect(rows[0]?.start).toBe(rows[1]?.start);
    const second = rows[1];
    if (!second) throw new Error('no second row');
    const edits = withChange([], model, second, { confirmed: true }, NOW);
    const after = mergeEdits(model, extracted, edits).rows;
    expect(after.map((r) => [r.name, r.confirmed])).toEqual([
      ['城镇居民人均可支配收入', false],
      ['农村居民人均纯收入', true],
    ]);
  });

  it('hides a deleted row, and counts an edit whose value is gone as unplaced', () => {
    const { model, extracted } = setup();
    const rows = mergeEdits(model, extracted, []).rows;
    const target = rows.find((r) => r.status === 'target' && r.unit === '%');
    if (!target) throw new Error('no target row');
    const edits = withDelete([], model, target, NOW);
    expect(mergeEdits(model, extracted, edits).rows.length).toBe(rows.length - 1);
    const gone = setup(TEXT.replace('地区生产总值增长5%左右，', ''));
    expect(mergeEdits(gone.model, gone.extracted, edits).unplaced).toBe(1);
  });

  it('adds the user’s own indicator from a selection, with a guessed name, and deletes it again', () => {
    const { model, extracted } = setup();
    const start = model.text.indexOf('3万人');
    const fields = { ...buildAdded(model, extracted, start, start + 3), valueMax: null };
    const { name, value, unit, kind, qualifier, status, period } = fields;
    const edits = withAdd(
      [],
      model,
      start,
      start + 3,
      { name, value, unit, kind, qualifier, status, period },
      NOW,
    );
    const added = mergeEdits(model, extracted, edits).rows.find((r) => r.origin === 'added');
    expect(added).toMatchObject({ value: 3, unit: '万人', confirmed: true, status: 'target' });
    expect(added?.name).toContain('城镇新增就业');
    expect(added?.section).toEqual(['二、今年的目标']);
    if (!added) return;
    expect(
      mergeEdits(model, extracted, withDelete(edits, model, added, NOW)).rows.some(
        (r) => r.origin === 'added',
      ),
    ).toBe(false);
  });
});

describe('selection helpers', () => {
  it('reads Arabic, full-width and Chinese numbers with their unit and qualifier', () => {
    expect(parseValue('1,234.5亿元')).toMatchObject({ value: 1234.5, unit: '亿元', qualifier: 'exact' });
    expect(parseValue('１２％')).toMatchObject({ value: 12, unit: '％' });
    expect(parseValue('2-3个')).toMatchObject({ value: 2, valueMax: 3, unit: '个' });
    expect(parseValue('三千人以上')).toMatchObject({ value: 3000, unit: '人', qualifier: 'above' });
    expect(parseValue('没有数字')).toBeNull();
  });

  it('takes no number from a sentence without one: a numeral inside a word or a bare year is none', () => {
    expect(parseValue('加快建设全国统一大市场，推动高质量发展')).toBeNull();
    expect(parseValue('2027年底前')).toBeNull();
    expect(parseValue('一体推进')).toBeNull();
  });

  it('reads the measured value after a year and keeps compound, rate and ratio units as written', () => {
    expect(parseValue('2026年完成投资80亿元')).toMatchObject({ value: 80, unit: '亿元', at: 9 });
    expect(parseValue('日处理能力达到6万吨/日')).toMatchObject({ value: 6, unit: '万吨/日' });
    expect(parseValue('城乡收入比缩小到2.05：1')).toMatchObject({ value: 2.05, unit: '：1' });
    expect(parseValue('三千二百万元')).toMatchObject({ value: 32000000, unit: '元' });
  });

  it('keeps an unknown unit short instead of taking the rest of the sentence', () => {
    expect(parseValue('建成驿站35座，惠及群众')).toMatchObject({ value: 35, unit: '座' });
    expect(parseValue('吞吐量120万标箱，增长8%')).toMatchObject({ value: 120, unit: '万标箱' });
    expect(parseValue('指数为7')).toMatchObject({ value: 7, unit: '' });
  });

  it('finds the heading path of an offset', () => {
    const model = buildTextModel(['标题', '一、甲', '（一）乙', '正文', '二、丙', '正文二'].join('\n\n'));
    expect(sectionAt(model.outline, model.text.indexOf('正文'))).toEqual(['一、甲', '（一）乙']);
    expect(sectionAt(model.outline, model.text.indexOf('正文二'))).toEqual(['二、丙']);
  });
});

describe('table', () => {
  it('filters targets, sorts by value, groups by status and period, and writes CSV with a BOM', () => {
    const { model, extracted } = setup();
    const rows = mergeEdits(model, extracted, []).rows;
    const targets = filterRows(rows, { status: 'target', period: '', kind: '', text: '' }, model.text);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((r) => r.status === 'target')).toBe(true);
    const byValue = sortRows(rows, { key: 'value', dir: -1 });
    // Within one unit, largest first; the units themselves are not mixed.
    for (const unit of new Set(byValue.map((r) => r.unit))) {
      const values = byValue.filter((r) => r.unit === unit).map((r) => r.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    const units = byValue.map((r) => r.unit).filter((u, i, all) => u !== all[i - 1]);
    expect(units).toEqual([...new Set(units)]);
    const lines = groupLines(rows, 'status');
    expect(lines[0]).toMatchObject({ type: 'group', status: 'target' });
    const csv = rowsToCsv(model.text, rows);
    expect(
      csv.startsWith(
        '\uFEFFname,value,unit,kind,qualifier,status,period,quote,start,end,section,valueMax,page,confirmed,origin\r\n',
      ),
    ).toBe(true);
    expect(csv.split('\r\n').length).toBe(rows.length + 2);
  });
});
