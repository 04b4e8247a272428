// @vitest-environment jsdom
// The library as last drawn: shown from the page's data block, cleaned of
// anything the library does not draw, inert, taken down on
// request; and what the app keeps of its own page (the bar and the library,
// lists closed, no messages or save mark, not while a row is edited).
import { afterEach, describe, expect, it } from 'vitest';
import { paintSnapshot } from '../../src-renderer/src/shell/snapshot-paint';
import { drawnLibrary } from '../../src-renderer/src/shell/launch-snapshot';
import { SNAPSHOT_DATA_ID, SNAPSHOT_ID } from '../../src-shared/launch/page-ids';

function carry(html: string): void {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = SNAPSHOT_DATA_ID;
  block.textContent = JSON.stringify({ html });
  document.head.append(block);
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

const LIBRARY =
  '<div class="app" data-v-1><section data-testid="library" class="library"><table><tbody>' +
  '<tr data-testid="doc-row" role="row"><td class="title"><a href="#" data-testid="doc-title-link">衡阳市</a></td></tr>' +
  '</tbody></table></section></div>';

describe('showing the library as last drawn', () => {
  it('shows it over the page, inert', () => {
    document.body.innerHTML = '<div id="app"></div>';
    carry(LIBRARY);
    const shown = paintSnapshot(document);
    const holder = document.getElementById(SNAPSHOT_ID);
    expect(holder?.hasAttribute('inert')).toBe(true);
    expect(document.body.firstElementChild).toBe(holder);
    expect(holder?.querySelectorAll('[data-testid="doc-row"]')).toHaveLength(1);
    expect(holder?.querySelector('.app')?.getAttribute('data-v-1')).toBe('');
    shown?.remove();
    expect(document.getElementById(SNAPSHOT_ID)).toBeNull();
  });

  it('goes when the app fails as it starts (an uncaught error)', () => {
    document.body.innerHTML = '<div id="app"></div>';
    carry(LIBRARY);
    paintSnapshot(document);
    expect(document.getElementById(SNAPSHOT_ID)).not.toBeNull();
    window.dispatchEvent(new ErrorEvent('error', { message: 'mount failed' }));
    expect(document.getElementById(SNAPSHOT_ID)).toBeNull();
  });

  it('keeps only what the library draws', () => {
    document.body.innerHTML = '<div id="app"></div>';
    carry(
      '<div class="app" style="background:url(https://x/y.png)">' +
        '<script>window.bad = 1</script><img src="https://x/y.png"><iframe src="https://x"></iframe>' +
        '<svg><a href="https://x"><text>x</text></a></svg><meta http-equiv="refresh" content="0;url=https://x">' +
        '<a href="https://x" data-testid="doc-title-link">标题</a><a href="#">本地</a>' +
        '<form action="https://x"><button formaction="https://x" autofocus>打开</button></form>' +
        '</div>',
    );
    paintSnapshot(document);
    const holder = document.getElementById(SNAPSHOT_ID);
    expect(holder?.querySelectorAll('script, img, iframe, svg, meta')).toHaveLength(0);
    expect(holder?.querySelector('[data-testid="doc-title-link"]')?.hasAttribute('href')).toBe(false);
    expect(holder?.querySelector('a:not([data-testid])')?.getAttribute('href')).toBe('#');
    expect(holder?.querySelectorAll('[style], [action], [formaction], [autofocus]')).toHaveLength(0);
    expect(holder?.textContent).toContain('标题');
  });

  it('shows nothing when the page carries nothing, or something else, or the app is there first', () => {
    document.body.innerHTML = '<div id="app"></div>';
    expect(paintSnapshot(document)).toBeNull();
    for (const text of ['{"html": 1}', '{not json']) {
      document.head.innerHTML = '';
      carry(LIBRARY);
      document.getElementById(SNAPSHOT_DATA_ID)?.replaceChildren(text);
      expect(paintSnapshot(document)).toBeNull();
    }
    document.head.innerHTML = '';
    carry(LIBRARY);
    document
      .getElementById('app')
      ?.replaceChildren(Object.assign(document.createElement('div'), { className: 'app' }));
    expect(paintSnapshot(document)).toBeNull();
    expect(document.getElementById(SNAPSHOT_ID)).toBeNull();
  });
});

describe('what the app keeps of its page', () => {
  const page = (library: string) =>
    `<div id="app"><div class="app"><div class="chrome">ReportLens<span data-testid="save-state">● 保存中</span></div>` +
    `${library}<div class="toasts">已导入</div><div role="dialog">确认</div></div></div>`;

  it('keeps the bar and the library, lists closed, no messages or save mark', () => {
    document.body.innerHTML = page(
      '<section data-testid="library"><details open class="twin"><summary>与另外 3 份</summary></details></section>',
    );
    const html = drawnLibrary(document) ?? '';
    expect(html).toContain('data-testid="library"');
    expect(html).toContain('ReportLens');
    expect(html).not.toContain('open');
    expect(html).not.toContain('保存中');
    expect(html).not.toContain('已导入');
    expect(html).not.toContain('确认');
  });

  it('keeps nothing while a row is edited, or when the library is not shown', () => {
    document.body.innerHTML = page(
      '<section data-testid="library"><input data-testid="edit-title" /></section>',
    );
    expect(drawnLibrary(document)).toBeNull();
    document.body.innerHTML = page('<section data-testid="reader"></section>');
    expect(drawnLibrary(document)).toBeNull();
  });
});
