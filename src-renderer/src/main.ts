// First: the launch asks for the document left open before the rest is evaluated.
import './launch-start';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { i18n } from './i18n';
import { installLinkHandler } from './links';
import './styles.css';
import { launchDocument } from './launch';
import { dropPdfWorker, warmPdf } from './pdf/warm';

// The main process's window-open handler asks the user, then opens http(s) links in the browser.
installLinkHandler(document, (url) => void window.open(url, '_blank', 'noopener,noreferrer'));

createApp(App).use(createPinia()).use(i18n).mount('#app');

// pdf.js (a chunk of its own) is not on the library's way to the screen. Its
// worker and viewer get ready while the PDF left open travels (the launch
// fetched the chunk ahead; a text report left open does not wait behind it);
// a document that turns out not to be a PDF lets the worker go. Otherwise
// App.vue loads the reader's chunks (pdf.js among them) once the page is idle.
// The page drawn before the app took the launch's worker with its document (launch-pdf.ts).
void launchDocument().then(async (doc) => {
  if (!doc || !(await doc.pdf) || (await doc.firstPage)) return;
  warmPdf(doc.worker);
  doc.opened.then(
    (opened) => opened.record.type !== 'pdf' && dropPdfWorker(),
    () => dropPdfWorker(),
  );
});
