import { describe, expect, it } from 'vitest';
import data from '../../../src-shared/corpus/gazetteer.json';
import { findPlaceIn, lookupRegion, PROVINCES, regionOrder } from '../../../src-shared/corpus/gazetteer';

describe('the gazetteer data', () => {
  it("holds China's 34 provincial-level units and 333 prefecture-level units", () => {
    expect(data.provinces).toHaveLength(34);
    expect(PROVINCES.reduce((n, p) => n + p.cities.length, 0)).toBe(333);
    const types = PROVINCES.map((p) => p.type);
    expect(types.filter((t) => t === 'municipality')).toHaveLength(4);
    expect(types.filter((t) => t === 'autonomous-region')).toHaveLength(5);
    expect(types.filter((t) => t === 'sar')).toHaveLength(2);
  });

  it('has no duplicate full names, and every short name is a prefix of its full name', () => {
    const names = PROVINCES.flatMap((p) => [p.name, ...p.cities.map((c) => c.name)]);
    // 吉林 is both a province (吉林省) and a city (吉林市): different full names.
    expect(new Set(names).size).toBe(names.length);
    for (const p of PROVINCES) {
      expect(p.name.startsWith(p.short), p.name).toBe(true);
      for (const c of p.cities) {
        expect(c.name.startsWith(c.short), c.name).toBe(true);
        expect(c.short.length, c.name).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('knows the cities of a province', () => {
    const hunan = PROVINCES.find((p) => p.name === '湖南省');
    expect(hunan?.cities.map((c) => c.name)).toContain('衡阳市');
    expect(hunan?.cities).toHaveLength(14);
  });
});

describe('lookupRegion', () => {
  it('reads full and short names of provinces', () => {
    expect(lookupRegion('湖北省')).toEqual({ region: '湖北省', level: 'provincial', province: '湖北省' });
    expect(lookupRegion('广西')).toEqual({
      region: '广西壮族自治区',
      level: 'provincial',
      province: '广西壮族自治区',
    });
    expect(lookupRegion('上海')?.region).toBe('上海市');
  });

  it('reads cities with their province, autonomous prefectures by their short name', () => {
    expect(lookupRegion('衡阳市')).toEqual({ region: '衡阳市', level: 'prefecture', province: '湖南省' });
    expect(lookupRegion('恩施')).toEqual({
      region: '恩施土家族苗族自治州',
      level: 'prefecture',
      province: '湖北省',
    });
    expect(lookupRegion('大兴安岭地区')?.province).toBe('黑龙江省');
  });

  it('takes a short name shared by a province and a city as the province', () => {
    expect(lookupRegion('吉林')?.level).toBe('provincial');
    expect(lookupRegion('吉林市')).toEqual({ region: '吉林市', level: 'prefecture', province: '吉林省' });
    expect(lookupRegion('海南')?.region).toBe('海南省');
    expect(lookupRegion('海南藏族自治州')?.province).toBe('青海省');
  });

  it('knows the country, takes counties by their suffix, and refuses what it does not know', () => {
    expect(lookupRegion('中国')).toEqual({ region: '中国', level: 'national', province: null });
    expect(lookupRegion('国务院')?.level).toBe('national');
    expect(lookupRegion('宁乡县')).toEqual({ region: '宁乡县', level: 'county', province: null });
    expect(lookupRegion('北京日报')).toBeNull();
    expect(lookupRegion('')).toBeNull();
  });
});

describe('findPlaceIn and regionOrder', () => {
  it('finds the first full name in a text', () => {
    expect(findPlaceIn('在江西省第十四届人民代表大会第三次会议上')?.region).toBe('江西省');
    expect(findPlaceIn('没有地名的一句话')).toBeNull();
  });

  it('orders the country first, then provinces by code, each followed by its cities', () => {
    const order = ['湖南省', '衡阳市', '中国', '北京市', null, '长沙市'].sort(
      (a, b) => regionOrder(a) - regionOrder(b),
    );
    expect(order).toEqual(['中国', '北京市', '湖南省', '长沙市', '衡阳市', null]);
  });
});
