// One key per indicator across years and wordings: the rules in names-data.ts,
// then the user's own links and unlinks (kept per library). A name no rule
// knows keeps its own key (`raw:` + the cleaned name), so two reports writing
// it alike still meet.
import type { IndicatorKind } from '../indicators/types';
import { foldWidth } from '../text/fold';
import { CANONICAL_INDICATORS, type CanonicalIndicator, type Direction } from './names-data';

/** The user's corrections: `links` join two names; `unlinks` part two names the rules (or a link) joined. */
export interface NameLinks {
  links: [string, string][];
  unlinks: [string, string][];
}

export const NO_LINKS: NameLinks = { links: [], unlinks: [] };

export interface Unified {
  key: string;
  /** The canonical name, or the cleaned name itself. */
  label: string;
  canonical: CanonicalIndicator | null;
  /** The user linked this name to another. */
  linked?: boolean;
}

// Words the extractor leaves on a name that say how, not what (`提出国内生产总值`, `把居民消费价格涨幅`).
const LEADING_NOISE =
  /^(?:提出|把|将|使|让|今年|全年|去年|上年|本年|当年|全省|全市|全区|全州|全县|全国|我省|我市|我区|平均每年|年均|实现|确保|力争|预期|力求|其中|同时|继续|累计|完成|的)+/;

/** The name as the rules read it: widths folded, spaces and outer punctuation gone, leading noise words dropped. */
export function cleanName(name: string): string {
  const folded = foldWidth(name)
    .replace(/\s+/g, '')
    .replace(/^[，、；：:,.“”"'‘’（）()]+|[，、；：:,.“”"'‘’（）()]+$/g, '');
  const stripped = folded.replace(LEADING_NOISE, '');
  return stripped || folded;
}

/** The rule-defined indicator a name of this kind is, or null. */
export function matchCanonical(name: string, kind: IndicatorKind): CanonicalIndicator | null {
  return matchClean(cleanName(name), kind);
}

function matchClean(clean: string, kind: IndicatorKind): CanonicalIndicator | null {
  for (const c of CANONICAL_INDICATORS) {
    if (!c.kinds.includes(kind)) continue;
    if (c.variants.includes(clean) || c.whole?.includes(clean)) return c;
  }
  for (const c of CANONICAL_INDICATORS) {
    if (!c.kinds.includes(kind)) continue;
    if (c.exclude?.test(clean)) continue;
    if (c.variants.some((v) => clean.includes(v))) return c;
  }
  return null;
}

function ruleKey(name: string, kind: IndicatorKind, clean = cleanName(name)): Unified {
  const canonical = matchClean(clean, kind);
  if (canonical) return { key: canonical.id, label: canonical.name, canonical };
  return { key: `raw:${clean}`, label: clean, canonical: null };
}

/**
 * Resolves names to keys with the user's links: a name unlinked from another
 * that the rules put under the same key gets its own key; then links merge
 * keys (a canonical key absorbs a raw one). Build once per table, call per row.
 */
export function createUnifier(
  userLinks: NameLinks = NO_LINKS,
): (name: string, kind: IndicatorKind) => Unified {
  const detached = new Map<string, Set<string>>();
  for (const [a, b] of userLinks.unlinks) {
    const [ca, cb] = [cleanName(a), cleanName(b)];
    if (!detached.has(cb)) detached.set(cb, new Set());
    detached.get(cb)?.add(ca);
  }
  const byKey = new Map<string, Unified>();
  // A table asks for thousands of names, each cleaned once here (cleaning is most of the cost).
  const cleaned = new Map<string, string>();
  const cleanOnce = (name: string): string => {
    let c = cleaned.get(name);
    if (c === undefined) cleaned.set(name, (c = cleanName(name)));
    return c;
  };
  const base = (name: string, kind: IndicatorKind): Unified => {
    const clean = cleanOnce(name);
    const rule = ruleKey(name, kind, clean);
    const apart = detached.get(clean);
    if (apart && rule.canonical) {
      for (const other of apart) {
        // Part `clean` from `other` whatever kind `other` was written as.
        if (ruleKey(other, kind).key === rule.key || other === rule.label)
          return { key: `raw:${clean}`, label: clean, canonical: null };
      }
    }
    return rule;
  };
  // Union-find over keys; links are between names, so they hold for every kind the names appear in.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const linkedNames = new Map<string, string[]>();
  for (const [a, b] of userLinks.links) {
    const [ca, cb] = [cleanName(a), cleanName(b)];
    if (ca === cb || isUnlinked(userLinks, ca, cb)) continue;
    linkedNames.set(ca, [...(linkedNames.get(ca) ?? []), cb]);
    linkedNames.set(cb, [...(linkedNames.get(cb) ?? []), ca]);
  }
  const KINDS: IndicatorKind[] = ['change', 'level', 'share', 'count'];
  for (const kind of KINDS) {
    for (const [a, others] of linkedNames) {
      for (const b of others) {
        const ka = find(`${kind}|${base(a, kind).key}`);
        const kb = find(`${kind}|${base(b, kind).key}`);
        if (ka === kb) continue;
        // The canonical (or else the smaller) key stands for both.
        const aRaw = ka.includes('|raw:');
        const bRaw = kb.includes('|raw:');
        const [root, child] = aRaw === bRaw ? (ka < kb ? [ka, kb] : [kb, ka]) : aRaw ? [kb, ka] : [ka, kb];
        parent.set(child, root);
        for (const [k, u] of [
          [ka, base(a, kind)],
          [kb, base(b, kind)],
        ] as const)
          if (!byKey.has(k)) byKey.set(k, u);
      }
    }
  }
  return (name, kind) => {
    const own = base(name, kind);
    const root = find(`${kind}|${own.key}`);
    const linked = linkedNames.size > 0 && linkedNames.has(cleanOnce(name));
    const u = root === `${kind}|${own.key}` ? own : (byKey.get(root) ?? own);
    return linked ? { ...u, linked } : u;
  };
}

function isUnlinked(l: NameLinks, a: string, b: string): boolean {
  return l.unlinks.some(([x, y]) => {
    const [cx, cy] = [cleanName(x), cleanName(y)];
    return (cx === a && cy === b) || (cx === b && cy === a);
  });
}

/** Adds a link (and drops an unlink of the same two names). */
export function addLink(l: NameLinks, a: string, b: string): NameLinks {
  const same = (x: string, y: string) =>
    (cleanName(x) === cleanName(a) && cleanName(y) === cleanName(b)) ||
    (cleanName(x) === cleanName(b) && cleanName(y) === cleanName(a));
  return {
    links: [...l.links.filter(([x, y]) => !same(x, y)), [a, b]],
    unlinks: l.unlinks.filter(([x, y]) => !same(x, y)),
  };
}

/** Parts two names: drops a link between them and records the unlink (`b` leaves `a`'s indicator). */
export function addUnlink(l: NameLinks, a: string, b: string): NameLinks {
  const same = (x: string, y: string) =>
    (cleanName(x) === cleanName(a) && cleanName(y) === cleanName(b)) ||
    (cleanName(x) === cleanName(b) && cleanName(y) === cleanName(a));
  return {
    links: l.links.filter(([x, y]) => !same(x, y)),
    unlinks: [...l.unlinks.filter(([x, y]) => !same(x, y)), [a, b]],
  };
}

export function directionOf(u: Unified): Direction | null {
  return u.canonical?.direction ?? null;
}
