// The few words pdf.js's viewer puts in the page, in the app's language. Left
// to itself, each PDFViewer builds pdf.js's English Fluent bundle (400
// strings parsed, then Intl formatters made to say "Page 1" on every page):
// 60–80 ms of the main thread just before page 1 is drawn, and the pages
// named in English in a Chinese app. The viewer is given this instead: the
// same interface (pdf.js's L10n), the words it really shows here (the app
// turns pdf.js's editor off), and the elements that name them translated as
// they are added.

type Lang = 'zh-CN' | 'en';

interface Words {
  /** Where the words go: an attribute, or (none) the element's text. */
  attr?: string;
  say(args: Record<string, unknown>, lang: Lang): string;
}

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

const WORDS: Record<string, Words> = {
  'pdfjs-page-landmark': {
    attr: 'aria-label',
    say: (a, lang) => (lang === 'en' ? `Page ${str(a['page'])}` : `第 ${str(a['page'])} 页`),
  },
  'pdfjs-text-annotation-type': {
    attr: 'alt',
    say: (a, lang) => (lang === 'en' ? `[${str(a['type'])} Annotation]` : `[${str(a['type'])} 批注]`),
  },
  'pdfjs-annotation-date-time-string': {
    say: (a, lang) => {
      const time = Number(a['dateObj']);
      if (!Number.isFinite(time)) return '';
      return new Date(time).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'medium' });
    },
  },
};

function argsOf(el: Element): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(el.getAttribute('data-l10n-args') ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Puts the words of `el` (and of the elements inside it that name some) in place. */
function translateTree(root: Element, lang: Lang): void {
  const named = root.hasAttribute('data-l10n-id') ? [root] : [];
  for (const el of [...named, ...root.querySelectorAll('[data-l10n-id]')]) {
    const words = WORDS[el.getAttribute('data-l10n-id') ?? ''];
    if (!words) continue;
    const text = words.say(argsOf(el), lang);
    if (words.attr) el.setAttribute(words.attr, text);
    else el.textContent = text;
  }
}

/** pdf.js's L10n interface (web/l10n.js), for PDFViewer's `l10n` option. */
export interface PdfL10n {
  getLanguage(): string;
  getDirection(): string;
  get(
    ids: string | string[],
    args?: Record<string, unknown> | null,
    fallback?: string,
  ): Promise<string | string[]>;
  translate(element: Element): Promise<void>;
  translateOnce(element: Element): Promise<void>;
  destroy(): Promise<void>;
  pause(): void;
  resume(): void;
}

/** A localization for one viewer, in the language `lang()` gives when the words are put in. */
export function createPdfL10n(lang: () => Lang): PdfL10n {
  const roots = new Set<Element>();
  const onAdded = (records: MutationRecord[]): void => {
    for (const r of records) {
      if (r.type === 'attributes') translateTree(r.target as Element, lang());
      else for (const node of r.addedNodes) if (node instanceof Element) translateTree(node, lang());
    }
  };
  const observer = typeof MutationObserver === 'undefined' ? null : new MutationObserver(onAdded);
  const observe = (root: Element): void =>
    observer?.observe(root, { childList: true, subtree: true, attributeFilter: ['data-l10n-args'] });
  const say = (id: string, args: Record<string, unknown> | null | undefined, fallback?: string): string =>
    WORDS[id]?.say(args ?? {}, lang()) ?? fallback ?? id;
  return {
    getLanguage: () => lang().toLowerCase(),
    getDirection: () => 'ltr',
    get: (ids, args, fallback) =>
      Promise.resolve(Array.isArray(ids) ? ids.map((id) => say(id, null)) : say(ids, args, fallback)),
    translate(element) {
      roots.add(element);
      translateTree(element, lang());
      observe(element);
      return Promise.resolve();
    },
    translateOnce(element) {
      translateTree(element, lang());
      return Promise.resolve();
    },
    destroy() {
      observer?.disconnect();
      roots.clear();
      return Promise.resolve();
    },
    // pdf.js pauses around the elements it adds with no words to put in (the text layer's spans).
    pause() {
      if (observer) onAdded(observer.takeRecords());
      observer?.disconnect();
    },
    resume() {
      for (const root of roots) observe(root);
    },
  };
}

/** Words again, in the language now chosen (the user switched it with the document open). */
export function retranslate(root: Element, lang: Lang): void {
  translateTree(root, lang);
}
