// The native menu and dialogs speak the UI's language: every string in both
// tables, with the same placeholders, and none written inline elsewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill, NATIVE_TEXT, nativeText } from '../../../src-main/native-text';
import { openExternalAfterAsking } from '../../../src-main/external-links';

type Table = Record<string, unknown>;

/** `menu.file` -> '文件', every leaf of a table. */
function leaves(table: Table, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value as Table, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the native strings', () => {
  const zh = leaves(NATIVE_TEXT['zh-CN']);
  const en = leaves(NATIVE_TEXT.en);

  it('have every key in both languages, none empty, with the same placeholders', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    expect(zh.size).toBeGreaterThan(50);
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe('');
      expect(en.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('are Chinese in zh-CN (every dialog string has Chinese in it, or is the same word in both)', () => {
    for (const [key, text] of zh) {
      if (!key.startsWith('dialog.')) continue;
      expect(/[\u4e00-\u9fff]/.test(text) || text === en.get(key), key).toBe(true);
    }
  });

  it('default to Chinese, fill placeholders and leave unknown ones', () => {
    expect(nativeText(undefined).dialog.ok).toBe('确定');
    expect(nativeText('en').dialog.ok).toBe('OK');
    expect(fill(NATIVE_TEXT['zh-CN'].dialog.backedUp, { documents: 3, path: '/tmp/a.zip' })).toBe(
      '已将 3 份文档备份到 /tmp/a.zip',
    );
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('ask before an external link in the UI’s language', async () => {
    const asked: string[][] = [];
    const deps = {
      confirm: async (message: string, _detail: string, buttons: [string, string]) => {
        asked.push([message, ...buttons]);
        return false;
      },
      openInBrowser: async () => undefined,
    };
    await openExternalAfterAsking('https://example.org/', 'zh-CN', deps);
    await openExternalAfterAsking('https://example.org/', 'en', deps);
    expect(asked).toEqual([
      ['在浏览器中打开此链接？', '打开', '取消'],
      ['Open this link in your browser?', 'Open', 'Cancel'],
    ]);
  });

  it('are not written inline in the main process’s dialogs', () => {
    const dir = resolve(import.meta.dirname, '../../../src-main');
    const inline = /showErrorBox\(\s*'|(?:message|detail|buttonLabel):\s*['`"][A-Za-z]|buttons:\s*\[\s*'/;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'native-text.ts')) {
      const source = readFileSync(join(dir, file), 'utf8');
      // Only the files that open native dialogs (ipc.ts's error envelopes are not for people).
      if (!source.includes('dialog.')) continue;
      expect(inline.exec(source)?.[0], file).toBeUndefined();
    }
  });
});
