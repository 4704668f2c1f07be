import { readFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { readWorkbook } from "../io/read-workbook";
import { useZipCodec } from "../io/zip/codec";
import { openZip } from "../io/zip/zip-archive";
import { xlsxOf } from "../samples/county-files";
import { inflateAhead } from "./inflate-ahead";
import { newEntrantTable } from "./test-tables";

const SAMPLE = join(__dirname, "..", "..", "assets", "samples", "新生导入-示例.xlsx");

function readWith(codec: Awaited<ReturnType<typeof inflateAhead>>, bytes: Uint8Array, name: string) {
  useZipCodec(codec);
  try {
    return readWorkbook(bytes, name);
  } finally {
    useZipCodec(null);
  }
}

describe("inflateAhead", () => {
  it("gives the reader exactly the tables fflate gives", async () => {
    for (const [name, bytes] of [
      ["sample.xlsx", new Uint8Array(readFileSync(SAMPLE))],
      ["generated.xlsx", new Uint8Array(xlsxOf({ sheet: "新生名单", rows: newEntrantTable(40).rows }))],
    ] as const) {
      const codec = await inflateAhead(bytes, 600 * 1024 * 1024);
      expect(codec).not.toBeNull();
      expect(readWith(codec, bytes, name)).toEqual(readWorkbook(bytes, name));
    }
  });

  it("hands the reader the sheets it inflated, piece by piece, so they are not inflated a second time", async () => {
    const bytes = new Uint8Array(xlsxOf({ sheet: "新生名单", rows: newEntrantTable(400).rows }));
    const codec = (await inflateAhead(bytes, 1 << 30))!;
    const handed: string[] = [];
    const watched = {
      ...codec,
      inflateRawChunks(data: Uint8Array, maxBytes: number, name: string, onChunk: (chunk: Uint8Array) => void) {
        const had = codec.inflateRawChunks!(data, maxBytes, name, onChunk);
        if (had) handed.push(name);
        return had;
      },
    };
    const expected = readWorkbook(bytes, "g.xlsx");
    expect(readWith(watched, bytes, "g.xlsx")).toEqual(expected);
    expect(handed.filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(1);
    // handed over and let go: read again, the sheet is streamed by the reader itself, to the same table
    handed.length = 0;
    expect(readWith(watched, bytes, "g.xlsx")).toEqual(expected);
    expect(handed.filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(0);
  });

  it("stops a bomb at the budget, however small the size its directory declares", async () => {
    const bytes = zipSync({ "a.xml": new Uint8Array(4 * 1024 * 1024) });
    // the central directory lies: 1,000 bytes unpacked
    const dir = bytes.findIndex((_, i) => bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(dir + 24, 1000, true);
    const entry = openZip(bytes).get("a.xml")!;
    expect(entry.size).toBe(1000);
    const codec = (await inflateAhead(bytes, 1024 * 1024))!;
    expect(() => codec.inflateRaw(entry.raw(), Number.MAX_SAFE_INTEGER, "a.xml")).toThrow(expect.objectContaining({ reason: "too-large" }));
  });

  it("records a garbled deflate stream as corrupt", async () => {
    const bytes = zipSync({ "a.xml": new TextEncoder().encode("<x>".repeat(5000)) });
    const entry = openZip(bytes).get("a.xml")!;
    const raw = entry.raw();
    raw.fill(0xff, 0, Math.min(40, raw.length));
    const codec = (await inflateAhead(bytes, 1 << 30))!;
    expect(() => codec.inflateRaw(entry.raw(), 1 << 30, "a.xml")).toThrow(expect.objectContaining({ reason: "corrupt" }));
  });

  it("leaves what is not a zip to the reader", async () => {
    expect(await inflateAhead(new TextEncoder().encode("姓名,性别\n"), 1 << 20)).toBeNull();
  });
});
