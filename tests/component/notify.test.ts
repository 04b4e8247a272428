// Toasts belong to the view they were raised in: leaving it takes passing
// messages away; errors and messages raised with `keep` stay. A toast's
// button runs once and closes it. A message given as a function is reworded
// when the language changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { ACTION_MS, INFO_MS, say, useNotify } from '../../src-renderer/src/stores/notify';
import { i18n } from '../../src-renderer/src/i18n';

beforeEach(() => {
  vi.useFakeTimers();
  setActivePinia(createPinia());
});
afterEach(() => vi.useRealTimers());

const texts = () => useNotify().toasts.map((t) => t.text);

describe('toasts and views', () => {
  it('drops what was said in a document when another document opens', () => {
    const notify = useNotify();
    notify.enter('reader:a');
    notify.push('info', 'exported a');
    notify.push('warning', 'no number in a');
    notify.enter('reader:b');
    expect(texts()).toEqual([]);
    notify.push('info', 'exported b');
    notify.enter('library');
    expect(texts()).toEqual([]);
  });

  it('shows the same words once: a repeat replaces the one shown, and stays its full time', async () => {
    const notify = useNotify();
    notify.enter('reader:a');
    notify.push('info', 'copied');
    await vi.advanceTimersByTimeAsync(INFO_MS - 100);
    notify.push('info', 'copied');
    notify.push('warning', 'copied');
    expect(texts()).toEqual(['copied', 'copied']);
    await vi.advanceTimersByTimeAsync(200);
    expect(texts()).toEqual(['copied', 'copied']);
    // Toasts with a button are each their own (two deletions, two undos).
    const undo = { label: 'undo', run: () => undefined };
    notify.push('info', 'deleted', { action: undo });
    notify.push('info', 'deleted', { action: undo });
    expect(texts().filter((t) => t === 'deleted')).toHaveLength(2);
  });

  it('keeps errors and kept messages wherever the user goes', () => {
    const notify = useNotify();
    notify.enter('library');
    notify.push('info', 'imported', { keep: true });
    notify.push('error', 'could not save the note');
    notify.push('info', 'library message');
    notify.enter('reader:a');
    expect(texts()).toEqual(['imported', 'could not save the note']);
    notify.enter('library');
    expect(texts()).toEqual(['imported', 'could not save the note']);
  });

  it('keeps a view’s messages while the user stays in it', () => {
    const notify = useNotify();
    notify.enter('reader:a');
    notify.push('warning', 'stays');
    notify.enter('reader:a');
    expect(texts()).toEqual(['stays']);
  });
});

describe('a toast with a button', () => {
  it('runs its action once and closes', () => {
    const notify = useNotify();
    const run = vi.fn();
    const id = notify.push('info', 'deleted', { action: { label: 'Undo', run } });
    notify.act(id);
    notify.act(id);
    expect(run).toHaveBeenCalledTimes(1);
    expect(texts()).toEqual([]);
  });

  it('stays longer than a plain message, then goes by itself', () => {
    const notify = useNotify();
    notify.push('info', 'plain');
    notify.push('info', 'deleted', { action: { label: 'Undo', run: () => undefined } });
    vi.advanceTimersByTime(INFO_MS);
    expect(texts()).toEqual(['deleted']);
    vi.advanceTimersByTime(ACTION_MS - INFO_MS);
    expect(texts()).toEqual([]);
  });
});

describe('toasts and the language', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
  });

  it('rewords a message and its button given as functions when the language changes', () => {
    const notify = useNotify();
    i18n.global.locale.value = 'zh-CN';
    notify.push('error', () => i18n.global.t('feedback.noteDeletedBare'), {
      action: { label: () => i18n.global.t('feedback.undo'), run: () => undefined },
    });
    notify.push('warning', 'words as they were');
    expect(texts()).toEqual(['已删除一条笔记', 'words as they were']);
    expect(say(notify.toasts[0]?.action?.label ?? '')).toBe('撤销');
    i18n.global.locale.value = 'en';
    expect(texts()).toEqual(['Note deleted', 'words as they were']);
    expect(say(notify.toasts[0]?.action?.label ?? '')).toBe('Undo');
  });
});
