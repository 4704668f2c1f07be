import { layoutMessages } from "./layout";

describe("layoutMessages", () => {
  it.each(Object.entries(layoutMessages))("%s has zh and en text and a source", (_code, entry) => {
    expect(entry.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.en.length).toBeGreaterThan(10);
    expect(entry.source.length).toBeGreaterThan(0);
    // every placeholder in zh also appears in en, so both languages say the same
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(holes(entry.en)).toEqual(holes(entry.zh));
  });
});
