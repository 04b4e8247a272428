// A CPU profile from Chrome DevTools Protocol's Profiler, summed by function
// (self and total time), and Chrome traces: what the diagnostics in this
// folder print.
import type { CDPSession } from 'playwright-core';
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

/** A Chrome trace event, the fields the diagnostics read. */
export interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string } };
}

/** Starts a Chrome trace of the page (timeline, V8); `stop` ends it and gives its events. */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink',
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

/** Each thread's time in tasks (µs), busiest first. */
export function busyThreads(events: readonly TraceEvent[]): Array<[tid: number, micros: number]> {
  const busy = new Map<number, number>();
  for (const e of events) if (e.name === 'RunTask' && e.dur) busy.set(e.tid, (busy.get(e.tid) ?? 0) + e.dur);
  return [...busy].sort((a, b) => b[1] - a[1]);
}

/** Starts sampling the page's CPU every 200 µs; `stop` ends it and gives the profile. */
export async function startProfile(cdp: CDPSession): Promise<{ stop(): Promise<CpuProfile> }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      return ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
    },
  };
}
