import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as text from '../../../src-shared/text';

describe('src-shared/text', () => {
  it('exports the public functions', () => {
    for (const name of [
      'decodeText',
      'buildTextModel',
      'buildPdfTextModel',
      'buildOutline',
      'guessMeta',
      'findAll',
      'buildSearchIndex',
      'findAllIn',
      'foldWidth',
      'normalizeForMatch',
    ] as const) {
      expect(typeof text[name]).toBe('function');
    }
  });
  it('opens a text file from bytes to model, meta and search', () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../fixtures/hengyang-2021.gb18030.txt', import.meta.url)),
    );
    const { text: raw, encoding } = text.decodeText(bytes);
    const model = text.buildTextModel(raw);
    expect(encoding).toBe('gb18030');
    expect(text.guessMeta(model, 'hengyang-2021.gb18030.txt').region).toBe('衡阳市');
    const [hit] = text.findAll(model.text, '八大工程');
    expect(hit && model.text.slice(hit.start, hit.end)).toBe('八大工程');
  });
});
