import type { Template } from "../model/template";
import { normaliseHeader } from "./normalise-header";

/**
 * The template field an unknown header most likely means ("现住地址" → "现住址"), among the fields the
 * sheet lacks: a header we cannot place is usually one of them, spelled another way. Null when nothing
 * is close enough to suggest.
 */
export function closestMissingField(header: string, template: Template, present: ReadonlySet<string>): string | null {
  const h = normaliseHeader(header);
  if (h.length < 2) return null;
  let best: { header: string; d: number } | null = null;
  for (const col of template.columns) {
    if (present.has(col.key)) continue;
    for (const name of [col.header, ...(col.aliases ?? [])]) {
      const n = normaliseHeader(name);
      // a header that contains the field's name (or is contained in it) may differ by a couple of characters
      // a two-character header (编号, 序号) inside a longer field name (学籍编号) says nothing
      const contained = Math.min(h.length, n.length) >= 3 && (n.includes(h) || h.includes(n));
      const d = contained ? Math.abs(n.length - h.length) : distance(h, n);
      // two characters apart is everything between 序号 and 班号: short headers must be contained, not near
      const limit = contained ? 2 : Math.floor(Math.min(h.length, n.length) / 3);
      if (d <= limit && (!best || d < best.d)) best = { header: col.header, d };
    }
  }
  return best?.header ?? null;
}

/** Levenshtein distance; headers are short, so the plain two-row table is enough. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
