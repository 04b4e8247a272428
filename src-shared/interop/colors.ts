// Our five colours as RGB (the reader's --c-* values), and the nearest of
// them for a colour another tool used.
import { ANNOTATION_COLORS, type AnnotationColor } from '../model';

export type Rgb = readonly [number, number, number];

export const COLOR_RGB: Record<AnnotationColor, Rgb> = {
  yellow: [0xff, 0xd8, 0x4d],
  green: [0x7e, 0xd4, 0x9a],
  blue: [0x7f, 0xb5, 0xff],
  red: [0xff, 0x8a, 0x8a],
  purple: [0xc7, 0x9b, 0xff],
};

/** Hue in degrees (0..360) and saturation (0..1) of an RGB colour. */
function hueSat([r, g, b]: Rgb): { hue: number; sat: number } {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  if (d === 0) return { hue: 0, sat: 0 };
  let hue: number;
  if (max === r) hue = ((g - b) / d) % 6;
  else if (max === g) hue = (b - r) / d + 2;
  else hue = (r - g) / d + 4;
  return { hue: (hue * 60 + 360) % 360, sat: max === 0 ? 0 : d / max };
}

/**
 * The nearest of our colours by hue (a reader's pale yellow and a saturated
 * yellow are both yellow); greys and missing colours become yellow, the
 * default highlighter.
 */
export function nearestColor(rgb: Rgb | null | undefined): AnnotationColor {
  if (!rgb || rgb.some((c) => !Number.isFinite(c))) return 'yellow';
  const { hue, sat } = hueSat(rgb);
  if (sat < 0.15) return 'yellow';
  let best: AnnotationColor = 'yellow';
  let bestDist = Infinity;
  for (const name of ANNOTATION_COLORS) {
    const d = Math.abs(hueSat(COLOR_RGB[name]).hue - hue);
    const dist = Math.min(d, 360 - d);
    if (dist < bestDist) {
      bestDist = dist;
      best = name;
    }
  }
  return best;
}

/** `#rrggbb` for one of ours. */
export function colorHex(color: AnnotationColor): string {
  return `#${COLOR_RGB[color].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** A CSS colour (`#rgb`, `#rrggbb`, `rgb(r, g, b)`) as RGB, or null. */
export function parseCssColor(css: string): Rgb | null {
  const s = css.trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/.exec(s);
  if (m?.[1]) return [...m[1]].map((c) => parseInt(c + c, 16)) as unknown as Rgb;
  m = /^#([0-9a-f]{6})$/.exec(s);
  if (m?.[1]) return [0, 2, 4].map((i) => parseInt(m?.[1]?.slice(i, i + 2) ?? '0', 16)) as unknown as Rgb;
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return null;
}
