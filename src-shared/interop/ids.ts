// Stable note ids for annotations that come from elsewhere: a foreign id (a
// Hypothesis id, a PDF object number) always gives the same UUID, so
// importing the same file twice finds the notes already there instead of
// adding them again.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(s: string): boolean {
  return UUID.test(s);
}

/** 32-bit FNV-1a with a seed: four of them make 128 bits, enough not to collide by chance. */
function fnv(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3's fmix32) so near-identical inputs differ everywhere.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** A version-8 (custom) UUID derived from `name`: the same name, the same id. */
export function uuidFromName(name: string): string {
  const hex = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f]
    .map((seed) => fnv(name, seed).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Our id for a foreign annotation id: `urn:uuid:X` and bare UUIDs are kept, anything else hashed. */
export function noteIdFor(foreignId: string): string {
  const bare = foreignId.replace(/^urn:uuid:/i, '');
  return isUuid(bare) ? bare.toLowerCase() : uuidFromName(foreignId);
}
