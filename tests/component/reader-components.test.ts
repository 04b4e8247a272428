// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import type { OpenedDocument } from '../../src-shared/api';
import { buildTextModel } from '../../src-shared/text';
import { i18n } from '../../src-renderer/src/i18n';
import { useReader } from '../../src-renderer/src/stores/reader';
import OutlinePanel from '../../src-renderer/src/components/sidebar/OutlinePanel.vue';
import FindBar from '../../src-renderer/src/components/reader/FindBar.vue';

const TEXT = [
  '2024年某市人民政府工作报告',
  '一、过去一年的工作',
  '全市地区生产总值增长6%。地区生产',
  '总值突破一千亿元。',
  '二、今年的目标',
  '（一）稳增长。地区生产总值增长5%左右。',
].join('\n\n');

function openDoc(): ReturnType<typeof useReader> {
  const reader = useReader();
  const model = buildTextModel(TEXT);
  const doc: OpenedDocument = {
    record: {
      id: 'a'.repeat(64),
      type: 'txt',
      fileName: 'x.txt',
      title: 't',
      year: 2024,
      region: null,
      size: 1,
      pages: null,
      chars: model.text.length,
      importedAt: new Date(0).toISOString(),
    },
    model,
  };
  reader.doc = doc;
  return reader;
}

beforeEach(() => {
  // jsdom does no layout: scrolling is a no-op here.
  Element.prototype.scrollIntoView = () => undefined;
  setActivePinia(createPinia());
  i18n.global.locale.value = 'zh-CN';
});

describe('OutlinePanel', () => {
  it('lists the headings by level and marks where the reader is', async () => {
    const reader = openDoc();
    const wrapper = mount(OutlinePanel, { global: { plugins: [i18n] } });
    const items = wrapper.findAll('li');
    expect(items.map((li) => li.text())).toEqual(['一、过去一年的工作', '二、今年的目标', '（一）稳增长']);
    expect(items.map((li) => li.classes().find((c) => c.startsWith('level-')))).toEqual([
      'level-1',
      'level-1',
      'level-2',
    ]);
    reader.position = reader.outline[1]?.start ?? 0;
    await nextTick();
    expect(wrapper.findAll('li.current').map((li) => li.text())).toEqual(['二、今年的目标']);
  });

  it('asks the reader to jump to a heading when clicked', async () => {
    const reader = openDoc();
    const wrapper = mount(OutlinePanel, { global: { plugins: [i18n] } });
    await wrapper.findAll('li button')[2]?.trigger('click');
    expect(reader.jump?.offset).toBe(reader.outline[2]?.start);
  });

  it('says so when a document has no outline', () => {
    const wrapper = mount(OutlinePanel, { global: { plugins: [i18n] } });
    expect(wrapper.text()).toContain('没有识别出目录');
  });
});

describe('FindBar', () => {
  it('counts matches across line breaks and steps with Enter and Shift+Enter', async () => {
    const reader = openDoc();
    reader.openFind();
    const wrapper = mount(FindBar, { global: { plugins: [i18n] } });
    const input = wrapper.get('input');
    await input.setValue('地区生产总值');
    await input.trigger('keydown', { key: 'Enter' });
    expect(reader.matches).toHaveLength(3);
    expect(wrapper.get('[data-testid=find-count]').text()).toBe('1/3');
    await input.trigger('keydown', { key: 'Enter' });
    expect(wrapper.get('[data-testid=find-count]').text()).toBe('2/3');
    await input.trigger('keydown', { key: 'Enter', shiftKey: true });
    await input.trigger('keydown', { key: 'Enter', shiftKey: true });
    expect(wrapper.get('[data-testid=find-count]').text()).toBe('3/3');
    await input.trigger('keydown', { key: 'Escape' });
    expect(reader.findOpen).toBe(false);
  });

  it('says when nothing matches', async () => {
    openDoc();
    const wrapper = mount(FindBar, { global: { plugins: [i18n] } });
    const input = wrapper.get('input');
    await input.setValue('不存在的词');
    await input.trigger('keydown', { key: 'Enter' });
    expect(wrapper.get('[data-testid=find-count]').text()).toBe('无结果');
  });
});
