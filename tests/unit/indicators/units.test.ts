import { describe, expect, it } from 'vitest';
import {
  matchMagnitude,
  matchTrailingQualifier,
  matchUnit,
  startsPersonNoun,
} from '../../../src-shared/indicators/units';

describe('matchUnit', () => {
  it('takes the longest unit', () => {
    expect(matchUnit('个百分点以上', 0)).toMatchObject({ unit: '个百分点', cls: 'points', end: 4 });
    expect(matchUnit('个项目', 0)).toMatchObject({ unit: '个', cls: 'count' });
    expect(matchUnit('人次', 0)).toMatchObject({ unit: '人次', cls: 'count' });
  });

  it('classes money and area as measures, % as percent', () => {
    expect(matchUnit('元', 0)?.cls).toBe('measure');
    expect(matchUnit('平方公里', 0)).toMatchObject({ unit: '平方公里', cls: 'measure' });
    expect(matchUnit('%', 0)?.cls).toBe('percent');
  });

  it('marks dates and durations of years or months as dates', () => {
    expect(matchUnit('年', 0)?.cls).toBe('date');
    expect(matchUnit('个月', 0)?.cls).toBe('date');
    expect(matchUnit('周年', 0)?.cls).toBe('date');
  });

  it('knows no unit in words like 大, 级, 强', () => {
    expect(matchUnit('大攻坚战', 0)).toBeNull();
    expect(matchUnit('级景区', 0)).toBeNull();
    expect(matchUnit('强企业', 0)).toBeNull();
  });
});

describe('matchMagnitude', () => {
  it('reads 万亿 before 万', () => {
    expect(matchMagnitude('万亿元', 0)).toBe('万亿');
    expect(matchMagnitude('万户', 0)).toBe('万');
  });
});

describe('startsPersonNoun', () => {
  it('finds a noun for people right after a magnitude', () => {
    expect(startsPersonNoun('农村居民受益', 0)).toBe(true);
    expect(startsPersonNoun('外来务工人员', 0)).toBe(true);
    expect(startsPersonNoun('亩耕地', 0)).toBe(false);
  });
});

describe('matchTrailingQualifier', () => {
  it('reads 左右, 以上, 以内', () => {
    expect(matchTrailingQualifier('左右。', 0)?.qualifier).toBe('approx');
    expect(matchTrailingQualifier('以上', 0)?.qualifier).toBe('above');
    expect(matchTrailingQualifier('以内', 0)?.qualifier).toBe('below');
  });

  it('does not read 多 that begins a word', () => {
    expect(matchTrailingQualifier('多个部门', 0)).toBeNull();
  });
});
