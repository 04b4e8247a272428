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
  /** Does for a link what a click does. */
  const follow = (event: MouseEvent, viaMiddle: boolean): void => {
    const anchor = anchorOf(event);
    if (!anchor) return;
    if ((anchor.getAttribute('href') ?? '').startsWith('#')) {
      // A link within the page (pdf.js's outline and link annotations) handles its own click.
      if (viaMiddle) {
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
  const onClick = (event: MouseEvent): void => follow(event, false);
  // The app disables auxclick (Electron's disableBlinkFeatures), so a middle-click is seen on mouseup;
  // where auxclick still fires (a plain browser), its default (a new window) is cancelled.
  const onMiddleUp = (event: MouseEvent): void => {
    if (event.button === 1) follow(event, true);
  };
  const onAuxClick = (event: MouseEvent): void => {
    if (anchorOf(event)) event.preventDefault();
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('mouseup', onMiddleUp, true);
  doc.addEventListener('auxclick', onAuxClick, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('mouseup', onMiddleUp, true);
    doc.removeEventListener('auxclick', onAuxClick, true);
  };
}
