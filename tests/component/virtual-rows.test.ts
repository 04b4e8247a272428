// @vitest-environment jsdom
// The virtual list both indicator tables use: only the rows in view (and a
// few around them) are drawn, scrolling moves the window, a row asked for is
// brought into view, and a new list starts at the top.
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { mount } from '@vue/test-utils';
import { useVirtualRows } from '../../src-renderer/src/components/shared/virtual-rows';

const ROW = 28;
const OVERSCAN = 5;
const rows = Array.from({ length: 10_000 }, (_, i) => `row ${i}`);

function mountList() {
  let api!: ReturnType<typeof useVirtualRows<string>>;
  const List = defineComponent({
    setup() {
      api = useVirtualRows(() => rows, ROW, OVERSCAN);
      return () =>
        h(
          'div',
          { ref: api.scroller, onScroll: api.onScroll },
          api.shown.value.map((r) => h('p', r)),
        );
    },
  });
  const wrapper = mount(List, { attachTo: document.body });
  return { wrapper, api };
}

describe('useVirtualRows', () => {
  it('draws the rows in view and a few around them, and moves with the scroll', async () => {
    const { wrapper, api } = mountList();
    // jsdom lays nothing out: the view is taken as 600 px high.
    expect(api.first.value).toBe(0);
    expect(wrapper.findAll('p')).toHaveLength(Math.ceil(600 / ROW) + OVERSCAN);
    const el = wrapper.element as HTMLElement;
    el.scrollTop = 100 * ROW;
    await wrapper.trigger('scroll');
    expect(api.first.value).toBe(100 - OVERSCAN);
    expect(wrapper.find('p').text()).toBe(`row ${100 - OVERSCAN}`);
    expect(wrapper.findAll('p').length).toBeLessThan(60);
  });

  it('brings a row asked for into view, leaves one in view where it is, and goes back to the top', async () => {
    const { wrapper, api } = mountList();
    const el = wrapper.element as HTMLElement;
    Object.defineProperty(el, 'clientHeight', { value: 300, configurable: true });
    api.reveal(5000);
    await nextTick();
    expect(el.scrollTop).toBe(5000 * ROW - 100);
    expect(wrapper.findAll('p').map((p) => p.text())).toContain('row 5000');
    api.reveal(5001);
    expect(el.scrollTop).toBe(5000 * ROW - 100);
    api.toTop();
    await nextTick();
    expect(el.scrollTop).toBe(0);
    expect(api.first.value).toBe(0);
  });
});
