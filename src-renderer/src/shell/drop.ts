// What was dropped on the window: a folder (imported as a corpus batch, like
// Import Folder) or files (each read here, a file too large refused unread).
import { ref } from 'vue';
import type { PickedFile } from '@shared/api';
import { droppedEntries, readDroppedFolder } from '../corpus/drop-folder';
import type { FolderPick } from '@shared/corpus/api';

/** Files larger than this are refused before they are read into memory. */
const MAX_DROPPED_BYTES = 200 * 1024 * 1024;

export type Dropped = { kind: 'folder'; pick: FolderPick } | { kind: 'files'; files: PickedFile[] };

export async function readDrop(data: DataTransfer | null): Promise<Dropped> {
  const entries = droppedEntries(data);
  if (entries.some((e) => e.isDirectory)) return { kind: 'folder', pick: await readDroppedFolder(entries) };
  const files = Array.from(data?.files ?? []);
  const picked: PickedFile[] = await Promise.all(
    files.map(async (file) =>
      file.size > MAX_DROPPED_BYTES
        ? { fileName: file.name, bytes: null, error: 'too-large' as const }
        : { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    ),
  );
  return { kind: 'files', files: picked };
}

/** The window as a drop target: `dragging` while files are over it; what is dropped goes to `take`. */
export function useDropTarget(take: (dropped: Dropped) => Promise<void>) {
  const dragging = ref(false);
  function onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    dragging.value = true;
  }
  async function onDrop(event: DragEvent): Promise<void> {
    event.preventDefault();
    dragging.value = false;
    await take(await readDrop(event.dataTransfer));
  }
  return { dragging, onDragOver, onDrop };
}
