import { readError } from "../test-read-error";
import { writeZip } from "../zip/write-zip";
import { openZip } from "../zip/zip-archive";
import { readSharedStrings } from "./shared-strings";

const enc = new TextEncoder();

function sst(xml: string) {
  // stored, so the reader gets it in 256 KB pieces that cut items anywhere
  const zip = openZip(writeZip([{ name: "sst.xml", data: enc.encode(xml) }], { level: 0 }));
  return readSharedStrings(zip.get("sst.xml")!, { remaining: 1 << 30 }, "a.xlsx");
}

describe("readSharedStrings", () => {
  it("gives every string at its index, whatever piece boundaries cut through", () => {
    const want = Array.from({ length: 40_000 }, (_, i) => `学生${i}&<`);
    const xml = `<?xml version="1.0"?><x:sst xmlns:x="m" count="40000">${want
      .map((s, i) => (i % 3 === 0 ? `<x:si><x:t>${s.replace("&", "&amp;").replace("<", "&lt;")}</x:t></x:si>` : `<x:si><x:r><x:t>${s.replace("&", "&amp;").replace("<", "&lt;")}</x:t></x:r></x:si>`))
      .join("")}</x:sst>`;
    const { strings, xmlForbidden } = sst(xml);
    // SheetJS's split leaves the text after the last item as one more (empty) string
    expect(strings).toEqual([...want, ""]);
    expect(xmlForbidden).toBe(false);
  });

  it("says when the strings hold characters XML forbids", () => {
    expect(sst("<sst><si><t>a&#x1;b</t></si></sst>").xmlForbidden).toBe(true);
    expect(sst("<sst><si><t>a&#10;b</t></si></sst>").xmlForbidden).toBe(false);
  });

  it("refuses one string longer than any cell before it fills memory", () => {
    expect(readError(() => sst(`<sst><si><t>${"长".repeat(9 * 1024 * 1024)}</t></si></sst>`)).message).toMatch(/内容过长/);
  });
});
