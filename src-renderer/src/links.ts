// Every link in the window (notes' Markdown, PDF link annotations) is handled
// here, for a click and a middle-click alike: a link within the page (#…) does
// what a click does; an http(s) link goes to the main process, which shows the
// whole address and asks before the browser opens it; anything else does nothing.
// Without this, a middle-click would open a window of its own.

function anchorOf(event: Event): HTMLAnchorElement | null {
  const target = event.target;
  return target instanceof Element ? target.closest('a[href]') : null;
}

export function externalHref(anchor: HTMLAnchorElement): string | null {
  const raw = anchor.getAttribute('href') ?? '';
  if (raw.startsWith('#')) return null;
  try {
    const url = new URL(raw, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function installLinkHandler(doc: Document, open: (url: string) => void): () => void {
  const onClick = (event: MouseEvent): void => {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const anchor = anchorOf(event);
    if (!anchor) return;
    const internal = (anchor.getAttribute('href') ?? '').startsWith('#');
    if (internal) {
      if (event.type === 'auxclick') {
        event.preventDefault();
        anchor.click();
      }
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    const href = externalHref(anchor);
    if (href) open(href);
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('auxclick', onClick, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('auxclick', onClick, true);
  };
}
