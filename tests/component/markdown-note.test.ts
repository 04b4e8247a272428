// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  noteText,
  renderMarkdown,
  renderNote,
  renderPlain,
} from '../../src-renderer/src/annotations/markdown';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('rendering a note', () => {
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
