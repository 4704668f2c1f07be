import { tableMessages } from "./table";

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();

describe("tableMessages", () => {
  const entries = Object.entries(tableMessages);

  it("covers the table, class and number codes", () => {
    for (const [code] of entries) expect(code).toMatch(/^(table|workbook|class|number)\/[a-z-]+$/);
    expect(Object.keys(tableMessages)).toEqual(
      expect.arrayContaining(["table/duplicate-id", "workbook/duplicate-id", "class/over-cap", "number/serial-overflow", "number/national-assigns"]),
    );
  });

  it.each(entries)("%s: Chinese words, a source and the same placeholders in both languages", (_code, entry) => {
    expect(entry.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.zh).toMatch(/请/); // says what to do
    expect(entry.source.length).toBeGreaterThan(3);
    expect(placeholders(entry.en)).toEqual(placeholders(entry.zh));
  });

  it("words the over-cap message as the registrar reads it", () => {
    const text = tableMessages["class/over-cap"].zh.replace(PLACEHOLDER, (_m, k: string) =>
      String({ count: 52, stage: "初中", cap: 50, source: "001 第六条" }[k]),
    );
    expect(text).toBe("本班 52 人，超过初中班额上限 50 人（001 第六条）。请核实分班或办理分流。");
  });
});
