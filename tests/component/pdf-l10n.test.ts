// @vitest-environment jsdom
// The words pdf.js's viewer puts in the page, given by the app instead of
// pdf.js's Fluent bundle: page names in the app's language, on the pages
// already there and on those added later, renumbered pages renamed, and
// nothing translated while pdf.js has paused the observer.
import { describe, expect, it } from 'vitest';
import { createPdfL10n, retranslate } from '../../src-renderer/src/pdf/l10n';

function page(n: number): HTMLElement {
  const div = document.createElement('div');
  div.className = 'page';
  div.setAttribute('data-l10n-id', 'pdfjs-page-landmark');
  div.setAttribute('data-l10n-args', JSON.stringify({ page: n }));
  return div;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('pdf.js localization', () => {
  it('names the pages already in the viewer and those added after, in the chosen language', async () => {
    let lang: 'zh-CN' | 'en' = 'zh-CN';
    const l10n = createPdfL10n(() => lang);
    const viewer = document.createElement('div');
    viewer.append(page(1));
    await l10n.translate(viewer);
    expect(viewer.children[0]?.getAttribute('aria-label')).toBe('第 1 页');
    viewer.append(page(2));
    await flush();
    expect(viewer.children[1]?.getAttribute('aria-label')).toBe('第 2 页');
    lang = 'en';
    retranslate(viewer, lang);
    expect(viewer.children[0]?.getAttribute('aria-label')).toBe('Page 1');
    await l10n.destroy();
  });

  it('renames a renumbered page, and leaves what is added while paused alone', async () => {
    const l10n = createPdfL10n(() => 'en');
    const viewer = document.createElement('div');
    const first = page(1);
    viewer.append(first);
    await l10n.translate(viewer);
    first.setAttribute('data-l10n-args', JSON.stringify({ page: 7 }));
    await flush();
    expect(first.getAttribute('aria-label')).toBe('Page 7');
    l10n.pause();
    const quiet = page(3);
    viewer.append(quiet);
    l10n.resume();
    await flush();
    expect(quiet.hasAttribute('aria-label')).toBe(false);
    await l10n.destroy();
  });

  it('answers get() with the words it knows, and the fallback or the id for the rest', async () => {
    const l10n = createPdfL10n(() => 'zh-CN');
    expect(await l10n.get('pdfjs-page-landmark', { page: 4 })).toBe('第 4 页');
    expect(await l10n.get('pdfjs-unknown', null, 'fallback')).toBe('fallback');
    expect(await l10n.get(['pdfjs-unknown'])).toEqual(['pdfjs-unknown']);
    expect(l10n.getLanguage()).toBe('zh-cn');
    expect(l10n.getDirection()).toBe('ltr');
  });

  it('writes an annotation’s date as text and its type into the icon’s alt', async () => {
    const l10n = createPdfL10n(() => 'en');
    const root = document.createElement('div');
    const time = document.createElement('time');
    time.setAttribute('data-l10n-id', 'pdfjs-annotation-date-time-string');
    time.setAttribute('data-l10n-args', JSON.stringify({ dateObj: Date.UTC(2021, 0, 2, 3, 4, 5) }));
    const icon = document.createElement('img');
    icon.setAttribute('data-l10n-id', 'pdfjs-text-annotation-type');
    icon.setAttribute('data-l10n-args', '{"type":"Comment"}');
    const broken = document.createElement('img');
    broken.setAttribute('data-l10n-id', 'pdfjs-text-annotation-type');
    broken.setAttribute('data-l10n-args', '{not json');
    root.append(time, icon, broken);
    await l10n.translateOnce(root);
    expect(time.textContent).toMatch(/2021|21/);
    expect(icon.getAttribute('alt')).toBe('[Comment Annotation]');
    expect(broken.getAttribute('alt')).toBe('[ Annotation]');
  });
});
