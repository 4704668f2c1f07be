import type { Template } from "../model/template";
import { normaliseHeader } from "./normalise-header";

/** A template's columns by normalised header/alias and by KD field code; built once per template. */
export interface HeaderIndex {
  byHeader: Map<string, string>;
  byKd: Map<string, string>;
}

const cache = new WeakMap<Template, HeaderIndex>();

export function headerIndex(template: Template): HeaderIndex {
  let idx = cache.get(template);
  if (idx) return idx;
  idx = { byHeader: new Map(), byKd: new Map() };
  for (const c of template.columns) {
    for (const h of [c.header, ...(c.aliases ?? [])]) {
      const n = normaliseHeader(h);
      if (!idx.byHeader.has(n)) idx.byHeader.set(n, c.key);
    }
    if (c.kdCode) idx.byKd.set(c.kdCode.toUpperCase(), c.key);
  }
  cache.set(template, idx);
  return idx;
}
