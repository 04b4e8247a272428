// Opening a search result: the reader's find shows the query with the hit
// selected (the index counts matches as find does, so the n-th hit here is
// the n-th match there).
import type { SearchHit } from '@shared/corpus/api';
import type { useReader } from '../stores/reader';

type Reader = ReturnType<typeof useReader>;

export function showHit(reader: Reader, query: string, hit: Pick<SearchHit, 'index' | 'start'>): void {
  reader.search(query);
  const at = reader.matches.findIndex((m) => m.start === hit.start);
  const index = at >= 0 ? at : Math.min(hit.index, reader.matches.length - 1);
  if (index >= 0) {
    reader.matchIndex = index;
    const m = reader.matches[index];
    if (m) reader.jumpTo(m.start, 'center');
  }
  reader.openFind();
}
