// @vitest-environment jsdom
// Indicator extraction waits for the document's first page: a PDF's pane
// mounts (and pdf.js parses) after its text has arrived, and extraction,
// handing the worker the whole text, must not compete with drawing page 1.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { DocumentRecord } from '../../src-shared/model';
import { buildTextModel } from '../../src-shared/text';
import { useReader } from '../../src-renderer/src/stores/reader';
import { useIndicators } from '../../src-renderer/src/stores/indicators';

const TEXT = '2024年某市人民政府工作报告\n\n全市地区生产总值增长6%，一般公共预算收入达到120亿元。';
const ID = 'b'.repeat(64);

function record(type: DocumentRecord['type']): DocumentRecord {
  return {
    id: ID,
    type,
    fileName: `x.${type}`,
    title: 't',
    year: 2024,
    region: null,
    size: 1,
    pages: type === 'pdf' ? 1 : null,
    chars: TEXT.length,
    importedAt: new Date(0).toISOString(),
  };
}

beforeEach(() => {
  Object.assign(window, {
    api: { invoke: vi.fn(async () => ({ ok: true, value: [] })), on: () => () => undefined },
  });
  setActivePinia(createPinia());
});

describe('extraction after the first page', () => {
  it('waits for a PDF whose pane is not mounted yet to draw page 1', async () => {
    const reader = useReader();
    const indicators = useIndicators();
    reader.pdfBytes = new Uint8Array([37, 80, 68, 70]);
    reader.doc = { record: record('pdf'), model: buildTextModel(TEXT) };
    await new Promise((ok) => setTimeout(ok, 100));
    expect(indicators.state).toBe('idle');
    reader.drawnFor = ID;
    await vi.waitFor(() => expect(indicators.state).toBe('ready'));
    expect(indicators.extracted.length).toBeGreaterThan(0);
  });

  it('extracts at once where no pane will show a text document', async () => {
    const reader = useReader();
    const indicators = useIndicators();
    reader.doc = { record: record('txt'), model: buildTextModel(TEXT) };
    await vi.waitFor(() => expect(indicators.state).toBe('ready'));
  });
});
