// A CPU profile from Chrome DevTools Protocol's Profiler, summed by function
// (self and total time): what the diagnostics in this folder print.
export interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}
/** Self time by function, and total time by function (top 40 each). */
export function summarise(p: CpuProfile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const name = (n: CpuNode) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`;
  p.samples.forEach((s, i) => {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(s);
    if (!n) return;
    self.set(name(n), (self.get(name(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (!node) break;
      const k = name(node);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
      seen.add(k);
    }
  });
  const top = (m: Map<string, number>, title: string) => {
    console.log(title);
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .forEach(([k, v]) => console.log(`  ${v.toFixed(0).padStart(6)} ${k}`));
  };
  top(self, 'self time (ms)');
  top(total, 'total time (ms)');
}
