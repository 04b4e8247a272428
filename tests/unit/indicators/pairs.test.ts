// `从A提高到B`: the old level and the new one, each named, as levels.
import { describe, expect, it } from 'vitest';
import { report, rows } from './helpers';

describe('extract: from an old level to a new one', () => {
  it('reads the old level as a result of the year before, the new one as the level reached', () => {
    expect(rows(report(['湿地保护率从52%提高到58%。'], [], 2031))).toEqual([
      {
        name: '湿地保护率',
        value: 52,
        unit: '%',
        kind: 'share',
        qualifier: 'exact',
        status: 'actual',
        period: '2029',
      },
      {
        name: '湿地保护率',
        value: 58,
        unit: '%',
        kind: 'share',
        qualifier: 'exact',
        status: 'actual',
        period: '2030',
      },
    ]);
  });

  it('dates the old level by the year written with it', () => {
    expect(rows(report(['农机补贴从2026年的12亿元增加到30亿元。'], [], 2031))).toMatchObject([
      { name: '农机补贴', value: 12, status: 'actual', period: '2026' },
      { name: '农机补贴', value: 30, kind: 'level', status: 'actual', period: '2030' },
    ]);
  });

  it('gives a plan span the level before it as its start', () => {
    const text = ['2031年某省政府工作报告', '一、“十六五”时期主要目标', '城镇化率由61%提高到65%。'].join(
      '\n',
    );
    expect(rows(text)).toMatchObject([
      { value: 61, status: 'actual', period: '2030' },
      { value: 65, kind: 'share', status: 'target', period: '2035' },
    ]);
  });

  it('pairs each old value with its new one after 分别', () => {
    const r = rows(report(['城市和农村供水普及率分别从90%、70%提高到96%、85%。'], [], 2031));
    expect(r.map((x) => [x.name, x.value, x.period])).toEqual([
      ['城市供水普及率', 90, '2029'],
      ['农村供水普及率', 70, '2029'],
      ['城市供水普及率', 96, '2030'],
      ['农村供水普及率', 85, '2030'],
    ]);
  });
});
