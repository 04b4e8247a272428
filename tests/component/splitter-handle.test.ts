// @vitest-environment jsdom
// The bar between two panels: a drag reports the width asked for (dragging
// toward the panel narrows it, away widens it, for a panel on either side),
// the arrow keys step it, and the layout store clamps what it is asked for.
import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import SplitterHandle from '../../src-renderer/src/components/shared/SplitterHandle.vue';
import { OUTLINE_WIDTH, SIDE_WIDTH, useLayout } from '../../src-renderer/src/stores/layout';

/** A pointer event as a mouse makes it (jsdom's PointerEvent, when it has one, keeps clientX). */
function pointer(type: string, clientX: number): Event {
  const Ctor = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  return new Ctor(type, { clientX, bubbles: true, cancelable: true });
}

function mountBar(width: number, direction: 1 | -1) {
  return mount(SplitterHandle, { props: { width, direction, label: '目录' }, attachTo: document.body });
}

const widths = (wrapper: ReturnType<typeof mountBar>) =>
  (wrapper.emitted('resize') ?? []).map(([w]) => w as number);

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});

describe('SplitterHandle', () => {
  it('is a labelled vertical separator that says the width now', () => {
    const bar = mountBar(230, 1).get('[data-testid=splitter]');
    expect(bar.attributes()).toMatchObject({
      role: 'separator',
      'aria-orientation': 'vertical',
      'aria-label': '目录',
      'aria-valuenow': '230',
      tabindex: '0',
    });
  });

  it('widens a left panel as it is dragged right, from where the drag began', () => {
    const wrapper = mountBar(230, 1);
    const el = wrapper.get('[data-testid=splitter]').element;
    el.dispatchEvent(pointer('pointerdown', 400));
    el.dispatchEvent(pointer('pointermove', 430));
    el.dispatchEvent(pointer('pointermove', 480));
    el.dispatchEvent(pointer('pointermove', 350));
    expect(widths(wrapper)).toEqual([260, 310, 180]);
  });

  it('widens a right panel as it is dragged left', () => {
    const wrapper = mountBar(500, -1);
    const el = wrapper.get('[data-testid=splitter]').element;
    el.dispatchEvent(pointer('pointerdown', 900));
    el.dispatchEvent(pointer('pointermove', 820));
    expect(widths(wrapper)).toEqual([580]);
  });

  it('stops following the pointer once it is released or the drag is cancelled', () => {
    const wrapper = mountBar(230, 1);
    const el = wrapper.get('[data-testid=splitter]').element;
    el.dispatchEvent(pointer('pointerdown', 400));
    el.dispatchEvent(pointer('pointermove', 410));
    el.dispatchEvent(pointer('pointerup', 410));
    el.dispatchEvent(pointer('pointermove', 600));
    expect(widths(wrapper)).toEqual([240]);
    el.dispatchEvent(pointer('pointerdown', 400));
    el.dispatchEvent(pointer('pointercancel', 400));
    el.dispatchEvent(pointer('pointermove', 700));
    expect(widths(wrapper)).toEqual([240]);
  });

  it('steps with the arrow keys (Shift for a bigger step), in the direction the bar moves', async () => {
    const left = mountBar(230, 1);
    await left.get('[data-testid=splitter]').trigger('keydown', { key: 'ArrowRight' });
    await left.get('[data-testid=splitter]').trigger('keydown', { key: 'ArrowLeft', shiftKey: true });
    expect(widths(left)).toEqual([240, 180]);
    const right = mountBar(500, -1);
    await right.get('[data-testid=splitter]').trigger('keydown', { key: 'ArrowLeft' });
    await right.get('[data-testid=splitter]').trigger('keydown', { key: 'ArrowRight', shiftKey: true });
    expect(widths(right)).toEqual([510, 450]);
  });

  it('leaves other keys alone (Tab still moves on)', () => {
    const wrapper = mountBar(230, 1);
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    wrapper.get('[data-testid=splitter]').element.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(widths(wrapper)).toEqual([]);
  });

  it('is held between its panel’s minimum and maximum by the layout store', () => {
    const layout = useLayout();
    const outline = mount(SplitterHandle, {
      props: { width: layout.outlineWidth, direction: 1, label: 'o', onResize: layout.resizeOutline },
    });
    const el = outline.get('[data-testid=splitter]').element;
    el.dispatchEvent(pointer('pointerdown', 300));
    el.dispatchEvent(pointer('pointermove', 2000));
    expect(layout.outlineWidth).toBe(OUTLINE_WIDTH.max);
    el.dispatchEvent(pointer('pointermove', -2000));
    expect(layout.outlineWidth).toBe(OUTLINE_WIDTH.min);

    layout.width = 1920;
    const side = mount(SplitterHandle, {
      props: { width: layout.sideWidth, direction: -1, label: 's', onResize: layout.resizeSide },
    });
    const bar = side.get('[data-testid=splitter]').element;
    bar.dispatchEvent(pointer('pointerdown', 1200));
    bar.dispatchEvent(pointer('pointermove', 0));
    expect(layout.sideWidth).toBe(SIDE_WIDTH.max);
    bar.dispatchEvent(pointer('pointermove', 1900));
    expect(layout.sideWidth).toBe(SIDE_WIDTH.min);
  });
});
