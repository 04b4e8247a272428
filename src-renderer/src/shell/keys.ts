// The shell's keyboard shortcuts: the menu's accelerators (for when there is
// no native menu, as in the browser harness), panels and focus mode in the
// reader, and undo/redo for whichever history the key was pressed in.
import type { MenuCommand } from '@shared/api';

interface History {
  undo(): void;
  redo(): void;
}

export interface ShellKeys {
  view(): string;
  run(command: MenuCommand): void;
  importFiles(): void;
  showLibrary(): void;
  shortcuts: { open(): boolean; set(open: boolean): void };
  layout: { toggleOutline(): void; toggleSide(): void; toggleFocus(): void; focus: boolean };
  toggleBeside(): void;
  find: { open(): boolean; close(): void };
  /** The indicator table's history, and the notes'. */
  indicators: History;
  annotations: History;
}

/** Text fields keep their own undo. */
function inTextField(event: KeyboardEvent): boolean {
  const el = event.target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Undo in the indicator table undoes the table's edits; anywhere else, the notes'. */
function inIndicatorTable(event: KeyboardEvent): boolean {
  const el = event.target as HTMLElement | null;
  return !!el?.closest?.('[data-undo-scope="indicators"]');
}

export function shellKeydown(k: ShellKeys): (event: KeyboardEvent) => void {
  return (event) => {
    const mod = event.ctrlKey || event.metaKey;
    const reading = k.view() === 'reader';
    const key = event.key.toLowerCase();
    if (k.shortcuts.open() && event.key === 'Escape') k.shortcuts.set(false);
    else if (event.key === '?' && !mod && !inTextField(event)) k.shortcuts.set(!k.shortcuts.open());
    else if (mod && !event.shiftKey && key === 'l') k.run('library');
    else if (reading && mod && event.key === '[') k.layout.toggleOutline();
    else if (reading && mod && event.key === ']') k.layout.toggleSide();
    else if (reading && mod && event.key === '\\') k.toggleBeside();
    else if (reading && event.key === 'F11') k.layout.toggleFocus();
    else if (reading && event.key === 'Escape' && k.layout.focus && !k.find.open()) k.layout.focus = false;
    else if (mod && event.shiftKey && key === 'f') k.run('search');
    else if (mod && key === 'f') k.run('find');
    else if (mod && key === 'o') k.importFiles();
    else if (mod && (event.key === '=' || event.key === '+')) k.run('zoom-in');
    else if (mod && event.key === '-') k.run('zoom-out');
    else if (event.altKey && event.key === 'ArrowLeft' && reading) k.showLibrary();
    else if (event.key === 'Escape' && k.find.open()) k.find.close();
    else if (mod && !inTextField(event) && reading && key === 'z') {
      const history = inIndicatorTable(event) ? k.indicators : k.annotations;
      if (event.shiftKey) history.redo();
      else history.undo();
    } else if (mod && !inTextField(event) && reading && key === 'y') {
      (inIndicatorTable(event) ? k.indicators : k.annotations).redo();
    } else return;
    event.preventDefault();
  };
}
