import { rowMessages } from "./rows";

describe("rowMessages", () => {
  it.each(Object.entries(rowMessages))("%s has zh and en text with the same placeholders, and a source", (_code, entry) => {
    expect(entry.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.source).toMatch(/^《/);
    const holes = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    expect(holes(entry.en)).toEqual(holes(entry.zh));
  });
});
