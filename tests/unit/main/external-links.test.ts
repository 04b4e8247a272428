import { describe, expect, it } from 'vitest';
import { externalUrl, openExternalAfterAsking } from '../../../src-main/external-links';
import type { ExternalDeps } from '../../../src-main/external-links';

function deps(answer: boolean): ExternalDeps & { asked: string[][]; opened: string[] } {
  const asked: string[][] = [];
  const opened: string[] = [];
  return {
    asked,
    opened,
    confirm: async (message, detail, buttons) => {
      asked.push([message, detail, ...buttons]);
      return answer;
    },
    openInBrowser: async (url) => void opened.push(url),
  };
}

describe('opening links outside the app', () => {
  it('asks first, showing the full URL, and opens only when the user agrees', async () => {
    const yes = deps(true);
    const url = 'https://www.gov.cn/zhengce/2025-03/12/content_7013305.htm?from=share#top';
    expect(await openExternalAfterAsking(url, 'zh-CN', yes)).toBe('opened');
    expect(yes.asked).toEqual([['在浏览器中打开此链接？', url, '打开', '取消']]);
    expect(yes.opened).toEqual([url]);

    const no = deps(false);
    expect(await openExternalAfterAsking('http://example.com/', 'en', no)).toBe('cancelled');
    expect(no.asked[0]?.slice(0, 2)).toEqual(['Open this link in your browser?', 'http://example.com/']);
    expect(no.opened).toEqual([]);
  });

  it('never offers anything but http(s), nor links with credentials', async () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'app://reportlens/index.html',
      'reportlens://open',
      'mailto:a@b.c',
      'https://www.bank.com@evil.example/',
      'not a url',
    ]) {
      const d = deps(true);
      expect(await openExternalAfterAsking(url, 'en', d), url).toBe('refused');
      expect(d.asked).toEqual([]);
      expect(d.opened).toEqual([]);
    }
  });

  it('shows the normalised address that will really be opened', () => {
    expect(externalUrl('HTTPS://Example.COM/a b')).toBe('https://example.com/a%20b');
  });
});
