// Page numbers as a reader writes them: runs as ranges (3–352), not 350 numbers.

/** `pages` (ascending) as runs: "2、5–9、12" in Chinese, "2, 5–9, 12" in English. */
export function pageRanges(pages: readonly number[], locale: string): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length;) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === (pages[j] ?? 0) + 1) j++;
    runs.push(
      j > i + 1 ? `${pages[i]}–${pages[j]}` : j === i + 1 ? `${pages[i]}、${pages[j]}` : `${pages[i]}`,
    );
    i = j + 1;
  }
  const joined = runs.join('、');
  return locale.startsWith('zh') ? joined : joined.replaceAll('、', ', ');
}
