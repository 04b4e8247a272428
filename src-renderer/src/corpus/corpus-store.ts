// What the corpus views show: the library's grouping and filters, and the
// library-wide search with its results and the term-over-time counts.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { SearchResults, TermCount } from '@shared/corpus/api';
import { api } from '../api';
import { describeError } from '../errors';
import { useNotify } from '../stores/notify';
import type { GroupBy, LibraryFilter } from './grouping';

export const useCorpus = defineStore('corpus', () => {
  const groupBy = ref<GroupBy>('none');
  const filter = ref<LibraryFilter>({ region: '', level: '', year: null });

  const query = ref('');
  const tab = ref<'results' | 'term'>('results');
  const results = shallowRef<SearchResults | null>(null);
  const term = shallowRef<TermCount[] | null>(null);
  const loading = ref(false);
  const notify = useNotify();
  let seq = 0;

  /** Searches the library; a newer search wins over one still running. */
  async function search(text: string): Promise<void> {
    const q = text.trim();
    query.value = q;
    if (!q) {
      results.value = null;
      term.value = null;
      return;
    }
    const mine = ++seq;
    loading.value = true;
    try {
      const [found, counts] = await Promise.all([
        api.invoke('search.query', { query: q }),
        api.invoke('search.term', { query: q }),
      ]);
      if (mine !== seq) return;
      results.value = found;
      term.value = counts;
    } catch (err) {
      notify.push('error', () => describeError(err));
    } finally {
      if (mine === seq) loading.value = false;
    }
  }

  return { groupBy, filter, query, tab, results, term, loading, search };
});
