// @vitest-environment jsdom
// Two reports side by side over a fake API: the second report's notes are
// placed in its own text, a heading chosen in one outline is offered (or,
// linked, followed) in the other, and the side panel steps aside only when
// the window is too narrow for it beside two reports.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenedDocument } from '../../src-shared/api';
import type { Annotation } from '../../src-shared/model';
import { buildTextModel } from '../../src-shared/text';
import { compactAnnotations } from '../../src-shared/anchoring/compact';

const TEXTS: Record<string, string> = {
  a: ['2013年某省政府工作报告', '一、2013年工作回顾', '经济增长8%。', '二、今年目标', '增长7%左右。'].join(
    '\n\n',
  ),
  b: ['2014年某省政府工作报告', '一、2014年工作回顾', '经济增长7.5%。', '二、明年安排', '增长7%。'].join(
    '\n\n',
  ),
};
const opened = (id: string): OpenedDocument => {
  const model = buildTextModel(TEXTS[id] ?? '');
  return {
    record: {
      id,
      type: 'txt',
      fileName: `${id}.txt`,
      title: '政府工作报告',
      year: id === 'a' ? 2013 : 2014,
      region: '某省',
      size: 1,
      pages: null,
      chars: model.text.length,
      importedAt: new Date(0).toISOString(),
    },
    model,
  };
};
const note: Annotation = {
  id: 'n1',
  target: { start: 0, end: 0, quote: '经济增长7.5%', prefix: '', suffix: '' },
  style: 'highlight',
  color: 'blue',
  note: '',
  tags: [],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

vi.mock('../../src-renderer/src/api', () => ({
  api: {
    invoke: async (method: string, arg: { id: string }) => {
      if (method === 'document.open') return opened(arg.id);
      if (method === 'document.source') return new Uint8Array();
      if (method === 'annotations.list') return arg.id === 'b' ? [note] : [];
      // As the service sends them: this note's context is not the text's, so it travels whole.
      if (method === 'annotations.listCompact')
        return compactAnnotations(opened(arg.id).model.text, arg.id === 'b' ? [note] : []);
      throw new Error(`unexpected ${method}`);
    },
    on: () => () => undefined,
  },
}));

const { useBeside, useBesideReader } = await import('../../src-renderer/src/beside/beside-store');
const { useReader } = await import('../../src-renderer/src/stores/reader');
const { useLayout } = await import('../../src-renderer/src/stores/layout');

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});

async function openBoth() {
  const main = useReader();
  await main.open('a');
  const beside = useBeside();
  await beside.open('b');
  return { main, beside, second: useBesideReader() };
}

describe('the second report', () => {
  it('has its own reader state and its notes placed in its own text', async () => {
    const { main, beside, second } = await openBoth();
    expect(main.doc?.record.id).toBe('a');
    expect(second.doc?.record.id).toBe('b');
    const p = beside.placements.get('n1');
    expect(second.doc?.model.text.slice(p?.start, p?.end)).toBe('经济增长7.5%');
    beside.close();
    expect(second.doc).toBeNull();
    expect(beside.items.size).toBe(0);
    expect(main.doc?.record.id).toBe('a');
  });

  it('offers the matching section in the other pane, and goes there when asked', async () => {
    const { main, beside, second } = await openBoth();
    beside.headingPicked('main', 1);
    expect(beside.offer).toMatchObject({
      pane: 'beside',
      from: '二、今年目标',
      best: { index: 1, sameNumber: true },
    });
    expect(second.jump).toBeNull();
    beside.go('beside', 1);
    expect(second.jump?.offset).toBe(second.outline[1]?.start);
    expect(beside.offer).toBeNull();
    beside.headingPicked('beside', 0);
    expect(beside.offer).toMatchObject({ pane: 'main', best: { index: 0, similarity: 1 } });
    expect(main.jump).toBeNull();
  });

  it('linked, follows at once without an offer', async () => {
    const { main, beside } = await openBoth();
    beside.follow = true;
    beside.headingPicked('beside', 1);
    expect(beside.offer).toBeNull();
    expect(main.jump?.offset).toBe(main.outline[1]?.start);
  });

  it('with no second report, a heading chosen offers nothing', async () => {
    await useReader().open('a');
    const beside = useBeside();
    beside.headingPicked('main', 0);
    expect(beside.offer).toBeNull();
  });
});

describe('the layout with two reports', () => {
  it('puts the side panel away at 1400 px, and brings it back over them when asked', () => {
    const layout = useLayout();
    layout.width = 1400;
    layout.setSideBySide(true);
    expect(layout.showSide).toBe(false);
    layout.toggleSide();
    expect(layout.showSide).toBe(true);
    expect(layout.sideOverlays).toBe(true);
    layout.setSideBySide(false);
    expect(layout.showSide).toBe(true);
    expect(layout.sideOverlays).toBe(false);
  });

  it('keeps the side panel beside both at 1920 px', () => {
    const layout = useLayout();
    layout.width = 1920;
    layout.setSideBySide(true);
    expect(layout.showSide).toBe(true);
    expect(layout.sideOverlays).toBe(false);
  });

  it('leaves a closed side panel closed', () => {
    const layout = useLayout();
    layout.toggleSide();
    layout.width = 1400;
    layout.setSideBySide(true);
    layout.setSideBySide(false);
    expect(layout.showSide).toBe(false);
  });
});
