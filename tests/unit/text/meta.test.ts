import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEXT_MODEL_VERSION, type TextModel } from '../../../src-shared/model';
import { findRegion, findYear, guessMeta, META_TITLE_MAX_CHARS } from '../../../src-shared/text/meta';
import { buildTextModel } from '../../../src-shared/text/plain';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('findYear', () => {
  it.each([
    ['2021 年湖南省衡阳市人民政府工作报告', 2021],
    ['2025年湖北省政府工作报告', 2025],
    ['２０２３年政府工作报告', 2023],
    ['二〇二一年衡阳市政府工作报告', 2021],
    ['二零二四年政府工作报告', 2024],
    ['一九九九年工作报告', 1999],
    ['Report 1998', 1998],
  ])('%j -> %i', (s, year) => expect(findYear(s)).toBe(year));
  it.each(['政府工作报告', '增长12345', '第3500亿元', '3021年', '二〇三五年远景'.slice(0, 3)])(
    '%j -> null',
    (s) => {
      expect(findYear(s)).toBeNull();
    },
  );
  it('takes the first year', () => {
    expect(findYear('2021 年报告，2035 年目标')).toBe(2021);
  });
});

describe('findRegion', () => {
  it.each([
    ['2021 年湖南省衡阳市人民政府工作报告', '衡阳市'],
    ['2025年湖北省政府工作报告', '湖北省'],
    ['湖北政府工作报告', '湖北省'],
    ['广西壮族自治区人民政府工作报告', '广西壮族自治区'],
    ['重庆市政府工作报告', '重庆市'],
    ['上海市浦东新区政府工作报告', '浦东新区'],
    ['长沙县人民政府工作报告', '长沙县'],
    ['浙江省杭州市余杭区2023年政府工作报告', '杭州市余杭区'],
    ['恩施土家族苗族自治州政府工作报告', '恩施土家族苗族自治州'],
    ['政府工作报告', '中国'],
    ['2024年政府工作报告', '中国'],
    ['国务院政府工作报告', '中国'],
  ])('%j -> %j', (title, region) => expect(findRegion(title)).toBe(region));
  it.each(['关于2021年预算执行情况的报告', '工作总结', ''])('%j -> null', (title) =>
    expect(findRegion(title)).toBeNull(),
  );
});

const model = (text: string): TextModel => buildTextModel(text);

describe('guessMeta', () => {
  it('reads the Hengyang sample', () => {
    expect(guessMeta(buildTextModel(fixture('hengyang-2021.txt')), 'hengyang-2021.txt')).toEqual({
      title: '2021 年湖南省衡阳市人民政府工作报告',
      year: 2021,
      region: '衡阳市',
    });
  });
  it('reads the Hubei sample', () => {
    expect(guessMeta(buildTextModel(fixture('hubei-2025.txt')), 'hubei-2025.docx')).toEqual({
      title: '2025年湖北省政府工作报告',
      year: 2025,
      region: '湖北省',
    });
  });
  it('leaves out a subtitle after a dash (PDF title lines run together)', () => {
    const m = model('2021 年湖南省衡阳市人民政府工作报告——2021 年 1 月18 日在大会上\n\n正文。');
    expect(guessMeta(m, 'a.pdf').title).toBe('2021 年湖南省衡阳市人民政府工作报告');
    expect(guessMeta(model('——引言\n\n正文。'), 'a.txt').title).toBe('——引言');
  });
  it('takes a first heading when there is no title', () => {
    expect(guessMeta(model('一、工作回顾\n\n正文。'), 'a.txt').title).toBe('一、工作回顾');
  });
  it('falls back to the first line, capped and with spaces collapsed', () => {
    // A salutation is not a title: with nothing else to go on, the file's name is.
    const meta = guessMeta(model(`各位代表：\n${'长'.repeat(10)}。`), 'dir/某地报告.txt');
    expect(meta.title).toBe('某地报告');
    const long = guessMeta(model(`${'长 '.repeat(100)}。`), 'x.txt');
    expect(long.title).toHaveLength(META_TITLE_MAX_CHARS);
    expect(long.title.endsWith('…')).toBe(true);
  });
  it('falls back to the file name without folder or extension', () => {
    const empty: TextModel = { version: TEXT_MODEL_VERSION, text: '', blocks: [], outline: [] };
    expect(guessMeta(empty, 'C:\\报告\\衡阳 2021.pdf')).toEqual({
      title: '衡阳 2021',
      year: 2021,
      region: null,
    });
    expect(guessMeta(empty, '/docs/report.v2.txt').title).toBe('report.v2');
    expect(guessMeta(empty, '.txt').title).toBe('.txt');
  });
  it('dates an untitled report from its opening lines', () => {
    expect(guessMeta(model('政府工作报告\n\n——2021 年 1 月 18 日在大会上\n\n各位代表：'), 'a.txt')).toEqual({
      title: '政府工作报告',
      year: 2021,
      region: '中国',
    });
  });
  it('leaves year and region null when unknown', () => {
    expect(guessMeta(model('读书笔记\n\n今天读了一本书。'), 'a.txt')).toEqual({
      title: '读书笔记',
      year: null,
      region: null,
    });
  });
});
