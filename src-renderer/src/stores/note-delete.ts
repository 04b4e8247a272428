// Deleting a note from the panel: the note goes at once, and its toast offers
// it back. The toast's undo is the annotation manager's own undo (the same
// note, id and all, saved again through the same batched save), so Ctrl+Z
// and the button never disagree.
import { watch } from 'vue';
import { i18n } from '../i18n';
import { useAnnotations } from './annotations';
import { useNotify } from './notify';

const QUOTE_CHARS = 20;

/** What the toast calls the note: the start of its quote, else of its text. */
function describe(quote: string | undefined, note: string): string {
  const text = (quote ?? note).replace(/\s+/g, ' ').trim();
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
}

export function deleteNote(id: string): void {
  const annotations = useAnnotations();
  const notify = useNotify();
  const before = annotations.items.get(id);
  if (!before) return;
  annotations.remove(id);
  const t = i18n.global.t;
  const quote = describe(before.target?.quote, before.note);
  const text = () => (quote ? t('feedback.noteDeleted', { quote }) : t('feedback.noteDeletedBare'));
  const toast = notify.push('info', text, {
    action: { label: () => t('feedback.undo'), run: () => void annotations.undoDelete(id) },
  });
  // Brought back another way (Ctrl+Z) or its document closed: the button has nothing left to do.
  const doc = annotations.docId;
  const stop = watch(
    () => [annotations.version, annotations.docId] as const,
    () => {
      if (!annotations.items.has(id) && annotations.docId === doc) return;
      notify.dismiss(toast);
      stop();
    },
  );
  const gone = watch(
    () => notify.toasts.some((x) => x.id === toast),
    (shown) => {
      if (shown) return;
      stop();
      gone();
    },
  );
}
