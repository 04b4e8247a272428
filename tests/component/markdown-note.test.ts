// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { computed } from 'vue';
import { loadMarkdown, noteText, renderNote, renderPlain } from '../../src-renderer/src/annotations/markdown';
import { renderMarkdown } from '../../src-renderer/src/annotations/markdown-render';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('before the renderer has come', () => {
  // A module of its own, as at launch: nothing has loaded the renderer yet.
  async function fresh(): Promise<typeof import('../../src-renderer/src/annotations/markdown')> {
    vi.resetModules();
    return import('../../src-renderer/src/annotations/markdown');
  }

  it('shows a note that needs it as escaped text, and renders it once it comes', async () => {
    const m = await fresh();
    const note = '**偏低** <img src=x onerror=alert(1)>\n第二行';
    const html = computed(() => m.renderNote(note));
    const pending = dom(html.value);
    expect(pending.querySelectorAll('img, strong, [onerror]')).toHaveLength(0);
    expect(pending.textContent).toBe('**偏低** <img src=x onerror=alert(1)>第二行');
    expect(pending.querySelectorAll('br')).toHaveLength(1);
    await m.loadMarkdown();
    // The computed the card renders from follows the renderer's arrival.
    expect(html.value).toContain('<strong>偏低</strong>');
    expect(dom(html.value).querySelectorAll('img, [onerror]')).toHaveLength(0);
  });

  it('renders a plain line at once, without loading the renderer', async () => {
    const m = await fresh();
    expect(m.renderNote('就业目标偏低，需核对')).toBe('<p>就业目标偏低，需核对</p>\n');
    expect(m.noteText('一句话')).toBe('一句话');
  });

  it('gives a tooltip the note as written until then', async () => {
    const m = await fresh();
    expect(m.noteText('**偏低**')).toBe('**偏低**');
    await m.loadMarkdown();
    expect(m.noteText('**偏低**')).toBe('偏低');
  });
});

describe('rendering a note', () => {
  beforeAll(async () => {
    await loadMarkdown();
  });

  it('renders Markdown', () => {
    expect(renderNote('**偏低**\n- 一\n- 二')).toContain('<strong>偏低</strong>');
  });

  it('never renders raw HTML, scripts or event handlers', () => {
    const el = dom(renderNote('<script>alert(1)</script><img src=x onerror=alert(1)><b onclick="x()">b</b>'));
    expect(el.querySelectorAll('script, img, b, [onerror], [onclick]')).toHaveLength(0);
    // It is shown as text instead.
    expect(el.textContent).toContain('<script>alert(1)</script>');
  });

  it('loads no remote image: it shows its text', () => {
    const html = renderNote('![图表](https://example.com/chart.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('[图表]');
  });

  it('drops javascript: links', () => {
    const el = dom(renderNote('[x](javascript:alert(1)) [ok](https://example.com)'));
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.com']);
  });

  it('renders a plain line without the parser exactly as the parser would, and hands anything else to it', () => {
    const plain = [
      'note 0',
      '就业目标偏低，需核对',
      '增长 5 成',
      'GDP 增长６％',
      '一　二',
      '〈书名〉《报告》',
    ];
    for (const text of plain) {
      expect(renderPlain(text), text).not.toBeNull();
      expect(renderPlain(text), text).toBe(renderMarkdown(text));
    }
    const parsed = [
      '**偏低**',
      '增长5.5%',
      'see example.com',
      'http://x',
      '# 标题',
      '    代码',
      '一\n二',
      '<b>x</b>',
      'a & b',
      '尾 ',
      '1) 列表',
      'x\u0000y',
    ];
    for (const text of parsed) expect(renderPlain(text), JSON.stringify(text)).toBeNull();
    expect(renderNote('')).toBe('');
  });
});

describe('a note as plain text', () => {
  beforeAll(async () => {
    await loadMarkdown();
  });

  it('reads as its text, without the Markdown around it', () => {
    expect(noteText('**偏低**：受疫情影响，对比[统计公报](https://example.com)')).toBe(
      '偏低：受疫情影响，对比统计公报',
    );
    expect(noteText('一句话')).toBe('一句话');
    expect(noteText('- 一\n- 二')).toBe('一\n二');
  });

  it('never runs what a note holds', () => {
    expect(noteText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});
