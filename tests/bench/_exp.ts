import { bareViewer, staticServer } from './pdf-bare';
const server = await staticServer();
const url = `${server.url}/bare.html?file=${encodeURIComponent('/fixtures/pdf/freeculture.pdf')}&auto=0`;
for (let r = 0; r < 3; r++)
  for (const mode of ['bare', 'pipelined', 'twoworkers']) {
    const b = await bareViewer(url, { width: 1280, height: 800 });
    const out = await b.page.evaluate(`(async () => {
  const mode = ${JSON.stringify(mode)};
  const pdfjs = globalThis.pdfjsLib;
  const data = new Uint8Array(await (await fetch(new URLSearchParams(location.search).get("file"))).arrayBuffer());
  const t0 = performance.now();
  const open = () => pdfjs.getDocument({ data: data.slice(), cMapUrl: '/pdfjs/cmaps/', cMapPacked: true, standardFontDataUrl: '/pdfjs/standard_fonts/', wasmUrl: '/pdfjs/wasm/' });
  const t = open();
  const doc = await t.promise;
  const P = { includeMarkedContent: false, disableNormalization: true };
  let annots = Promise.resolve();
  if (mode === 'twoworkers') {
    annots = (async () => { const t2 = open(); const d2 = await t2.promise; for (let n = 1; n <= d2.numPages; n++) { const p = await d2.getPage(n); await p.getAnnotations(); p.cleanup(); } await t2.destroy(); })();
  }
  if (mode === 'pipelined') {
    const work = (n) => doc.getPage(n).then((page) => Promise.all([page.getTextContent(P), page.getAnnotations()]).then((r) => { page.cleanup(); return r; }));
    let next = work(1);
    for (let n = 1; n <= doc.numPages; n++) { const cur = next; if (n < doc.numPages) next = work(n + 1); await cur; }
  } else {
    for (let n = 1; n <= doc.numPages; n++) { const page = await doc.getPage(n); await page.getTextContent(P); page.cleanup(); }
  }
  const tText = performance.now() - t0;
  await annots;
  await t.destroy();
  return [Math.round(tText), Math.round(performance.now() - t0)];
})()`);
    console.log(mode, out);
    await b.close();
  }
await server.close();
