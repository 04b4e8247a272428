// @vitest-environment jsdom
// The library's table: each row says what vue-i18n would have said (labels
// made once per locale in row-labels.ts, not a t() call per row), follows a
// switch of language, and puts a title in a message as it is, braces and all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import type { VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import type { DocumentRecord } from '../../src-shared/model';
import { i18n } from '../../src-renderer/src/i18n';
import LibraryTable from '../../src-renderer/src/components/library/LibraryTable.vue';
import { template } from '../../src-renderer/src/corpus/row-labels';
import { useLibrary } from '../../src-renderer/src/stores/library';

vi.mock('../../src-renderer/src/api', () => ({
  api: { invoke: vi.fn(async () => null), on: vi.fn(() => () => undefined) },
}));

const place = { level: 'prefecture' as const, province: '湖南省', reviewed: [2016, 2020], planned: [2021] };
function doc(n: number, over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: n.toString(16).padStart(64, '0'),
    type: 'txt',
    fileName: `report-${n}.txt`,
    size: 1,
    pages: null,
    chars: 12_345,
    importedAt: '2025-03-04T08:00:00.000Z',
    title: `衡阳市2021年政府工作报告 ${n}`,
    year: 2021,
    region: '衡阳市',
    corpus: place,
    ...over,
  };
}

let wrapper: VueWrapper | null = null;

beforeEach(() => {
  setActivePinia(createPinia());
  i18n.global.locale.value = 'zh-CN';
});

afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  i18n.global.locale.value = 'zh-CN';
});

function mountWith(docs: DocumentRecord[]): VueWrapper {
  useLibrary().documents = docs;
  wrapper = mount(LibraryTable, { global: { plugins: [i18n] } });
  return wrapper;
}

describe('the library table', () => {
  it('says in each row what vue-i18n says: level, years, twins, size, date, buttons', () => {
    const w = mountWith([doc(1), doc(2, { title: '《{file}》{title} 书名', pages: 17, type: 'pdf' })]);
    const rows = w.findAll('[data-testid="doc-row"]');
    expect(rows).toHaveLength(2);
    const [row1, row2] = rows;
    if (!row1 || !row2) throw new Error('two rows');
    const { t, d } = i18n.global;
    const first = row1.text();
    expect(first).toContain(t('corpus.place.levels.prefecture'));
    expect(first).toContain(`${t('corpus.place.reviewed')} 2016–2020`);
    expect(first).toContain(t('library.chars', { n: (12_345).toLocaleString() }));
    expect(first).toContain(d(new Date('2025-03-04T08:00:00.000Z'), 'short'));
    // The other report of the same region and year, its title put in as it is.
    expect(row1.find('[data-testid="same-region-year"]').text()).toBe(
      t('corpus.place.sameAs', { title: '《{file}》{title} 书名', file: 'report-2.txt' }),
    );
    expect(row2.text()).toContain(t('library.pages', { n: 17 }));
    expect(row2.find('[data-testid="open"]').text()).toBe(t('library.open'));
  });

  it('says in one line that a report has several twins, and lists them only when opened', async () => {
    const w = mountWith([1, 2, 3, 4].map((n) => doc(n)));
    const notes = w.findAll('[data-testid="same-region-year"]');
    expect(notes).toHaveLength(4);
    const first = notes[0];
    if (!first) throw new Error('a notice');
    const { t } = i18n.global;
    expect(first.find('summary').text()).toBe(t('corpus.place.sameAsMany', { n: 3 }));
    expect(w.findAll('[data-testid="twin"]')).toHaveLength(0);
    (first.element as HTMLDetailsElement).open = true;
    await first.trigger('toggle');
    expect(first.findAll('[data-testid="twin"]').map((li) => li.text())).toEqual(
      [2, 3, 4].map((n) =>
        t('corpus.place.twin', { title: `衡阳市2021年政府工作报告 ${n}`, file: `report-${n}.txt` }),
      ),
    );
    // Each opens its report.
    await first.findAll('[data-testid="twin"]')[1]?.trigger('click');
    expect(w.emitted('open')).toEqual([[doc(3).id]]);
  });

  it('follows a switch of language', async () => {
    const w = mountWith([doc(1, { pages: 3 })]);
    expect(w.text()).toContain('3 页');
    expect(w.text()).toContain('2025/03/04');
    i18n.global.locale.value = 'en';
    await nextTick();
    expect(w.text()).toContain('3 pages');
    expect(w.text()).toContain('Mar 4, 2025');
    expect(w.find('[data-testid="edit"]').text()).toBe('Edit');
    expect(w.find('[data-testid="doc-level"]').text()).toBe(i18n.global.t('corpus.place.levels.prefecture'));
  });
});

describe('a message template', () => {
  const t = (key: string, params: Record<string, string>) =>
    key === 'a' ? `与《${params['title']}》（${params['file']}）相同` : key;

  it('fills each named parameter, once, and leaves a name it was not given', () => {
    expect(template(t, 'a', ['title', 'file'])({ title: '报告{file}', file: 'x.txt' })).toBe(
      '与《报告{file}》（x.txt）相同',
    );
    expect(template(t, 'a', ['title', 'file'])({ title: 'T' })).toBe('与《T》（{file}）相同');
  });
});
