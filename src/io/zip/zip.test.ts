import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from "zlib";
import { useZipCodec } from "./codec";
import { crc32 } from "./crc32";
import { nodeZipCodec } from "./node-codec";
import { entryText, inflateEntry, inflateEntryChunks } from "./inflate";
import { writeZip, writeZipTo } from "./write-zip";
import { openZip, ZipError, type ZipBytes, type ZipEntry } from "./zip-archive";
import { MemorySink } from "./zip-sink";

const enc = new TextEncoder();
const big = () => ({ remaining: 1e9 });

/** byte equality without jest's toEqual, which walks a megabyte typed array element by element for seconds */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}

function reason(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof ZipError) return e.reason;
    throw e;
  }
  return "no error";
}

/** A hand-built zip, so tests can set flags, descriptors and counts writeZip never produces */
function handZip(
  files: { name: string; body: Uint8Array; method: number; crc: number; size: number; descriptor?: boolean }[],
  count?: number,
  zip64 = false,
): Uint8Array {
  const out: number[] = [];
  const push16 = (a: number[], v: number) => a.push(v & 255, (v >>> 8) & 255);
  const push32 = (a: number[], v: number) => a.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255);
  const dir: number[] = [];
  for (const f of files) {
    const offset = out.length;
    const name = enc.encode(f.name);
    push32(out, 0x04034b50);
    push16(out, 20);
    push16(out, f.descriptor ? 8 : 0);
    push16(out, f.method);
    push32(out, 0);
    push32(out, f.descriptor ? 0 : f.crc);
    push32(out, f.descriptor ? 0 : f.body.length);
    push32(out, f.descriptor ? 0 : f.size);
    push16(out, name.length);
    push16(out, 0);
    out.push(...name, ...f.body);
    if (f.descriptor) {
      push32(out, 0x08074b50);
      push32(out, f.crc);
      push32(out, f.body.length);
      push32(out, f.size);
    }
    push32(dir, 0x02014b50);
    push16(dir, 20);
    push16(dir, 20);
    push16(dir, f.descriptor ? 8 : 0);
    push16(dir, f.method);
    push32(dir, 0);
    push32(dir, f.crc);
    push32(dir, f.body.length);
    push32(dir, f.size);
    push16(dir, name.length);
    push16(dir, 0);
    push16(dir, 0);
    push16(dir, 0);
    push16(dir, 0);
    push32(dir, 0);
    push32(dir, offset);
    dir.push(...name);
  }
  const dirAt = out.length;
  out.push(...dir);
  const n = count ?? files.length;
  if (zip64) {
    const z = out.length;
    push32(out, 0x06064b50);
    push32(out, 44), push32(out, 0);
    push16(out, 45), push16(out, 45);
    push32(out, 0), push32(out, 0);
    push32(out, n), push32(out, 0);
    push32(out, n), push32(out, 0);
    push32(out, dir.length), push32(out, 0);
    push32(out, dirAt), push32(out, 0);
    push32(out, 0x07064b50);
    push32(out, 0);
    push32(out, z), push32(out, 0);
    push32(out, 1);
  }
  push32(out, 0x06054b50);
  push16(out, 0), push16(out, 0);
  push16(out, zip64 ? 0xffff : n), push16(out, zip64 ? 0xffff : n);
  push32(out, zip64 ? 0xffffffff : dir.length);
  push32(out, zip64 ? 0xffffffff : dirAt);
  push16(out, 0);
  return Uint8Array.from(out);
}

function deflated(text: string, name = "a.xml") {
  const data = enc.encode(text);
  return { name, body: new Uint8Array(deflateRawSync(data)), method: 8, crc: crc32(data), size: data.length };
}

describe("crc32", () => {
  it("matches the standard check value and continues across chunks", () => {
    const data = enc.encode("123456789");
    expect(crc32(data)).toBe(0xcbf43926);
    expect(crc32(data.subarray(4), crc32(data.subarray(0, 4)))).toBe(0xcbf43926);
  });

  it("agrees with zlib's at every length and alignment, eight bytes a step and the rest one by one", () => {
    useZipCodec(null);
    const data = Uint8Array.from({ length: 4099 }, (_, i) => (i * 2654435761) >>> 24);
    for (const [from, to] of [[0, 0], [0, 1], [0, 7], [0, 8], [0, 9], [3, 20], [1, 4099], [5, 1029]]) {
      const part = data.subarray(from, to);
      expect(crc32(part)).toBe(zlibCrc32(part));
      expect(crc32(part, 0x12345678)).toBe(zlibCrc32(part, 0x12345678));
    }
  });
});

describe("writeZip → openZip", () => {
  const text = "<x>学籍 &amp; 数据</x>".repeat(500);

  it("round-trips deflated and stored entries with their names and sizes", () => {
    const zip = openZip(
      writeZip([
        { name: "xl/workbook.xml", data: enc.encode(text) },
        { name: "空.txt", data: new Uint8Array(0) },
      ]),
    );
    expect(zip.entries.map((e) => e.name)).toEqual(["xl/workbook.xml", "空.txt"]);
    const wb = zip.get("xl/workbook.xml")!;
    expect(wb.method).toBe(8);
    expect(wb.compressedSize).toBeLessThan(wb.size);
    expect(entryText(wb, big())).toBe(text);
    expect(inflateEntry(zip.get("空.txt")!, big()).length).toBe(0);
  });

  it.each([
    ["fflate's streaming Deflate", null],
    ["node:zlib, piece by piece", nodeZipCodec],
  ] as const)("a part written in pieces (%s) is compressed as it comes and reads back whole, CRC and size checked", (_name, codec) => {
    useZipCodec(codec);
    try {
      const piece = enc.encode(text);
      // one buffer reused for every piece, of uneven sizes, as the sheet editor hands them over
      const reused = new Uint8Array(piece.length);
      const zip = openZip(
        writeZip([
          { name: "before", data: enc.encode("甲") },
          {
            name: "xl/worksheets/sheet1.xml",
            stream: (put) => {
              for (let i = 0; i < 400; i++) {
                reused.set(piece);
                put(reused.subarray(0, i % 3 === 0 ? piece.length : 0));
                if (i % 3 === 0) continue;
                put(reused);
                reused.fill(0);
              }
            },
          },
          { name: "empty", stream: () => undefined },
          { name: "after", data: enc.encode("乙") },
        ]),
      );
      const sheet = zip.get("xl/worksheets/sheet1.xml")!;
      expect(sheet.method).toBe(8);
      expect(sheet.size).toBe(400 * piece.length);
      expect(sheet.compressedSize).toBeLessThan(sheet.size / 20);
      expect(entryText(sheet, big())).toBe(text.repeat(400));
      // a reader that is not ours agrees
      expect(new TextDecoder().decode(inflateRawSync(sheet.raw()))).toBe(text.repeat(400));
      expect(entryText(zip.get("empty")!, big())).toBe("");
      expect(entryText(zip.get("after")!, big())).toBe("乙");
    } finally {
      useZipCodec(null);
    }
  });

  it("grows its output when a part compresses worse than its hint said", () => {
    // incompressible bytes, a hint of 10: the archive outgrows its first buffer several times
    let seed = 7;
    const noise = Uint8Array.from({ length: 1 << 20 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    for (const codec of [null, nodeZipCodec]) {
      useZipCodec(codec);
      try {
        const zip = openZip(writeZip([{ name: "a", data: enc.encode("甲") }, { name: "noise", sizeHint: 10, stream: (put) => { for (let at = 0; at < noise.length; at += 1000) put(noise.subarray(at, at + 1000)); } }, { name: "z", data: enc.encode("乙") }]));
        expect(sameBytes(inflateEntry(zip.get("noise")!, big()), noise)).toBe(true);
        expect(entryText(zip.get("z")!, big())).toBe("乙");
      } finally {
        useZipCodec(null);
      }
    }
  });

  it("level 0 stores", () => {
    const zip = openZip(writeZip([{ name: "a", data: enc.encode(text) }], { level: 0 }));
    expect(zip.get("a")!.method).toBe(0);
    expect(entryText(zip.get("a")!, big())).toBe(text);
  });

  it("copies an entry's raw bytes without re-deflating", () => {
    const first = openZip(writeZip([{ name: "a.xml", data: enc.encode(text) }], { level: 9 }));
    const second = openZip(writeZip([{ name: "b.xml", copy: first.get("a.xml")! }]));
    const b = second.get("b.xml")!;
    expect(b.raw()).toEqual(first.get("a.xml")!.raw());
    expect(entryText(b, big())).toBe(text);
  });

  it("strips a UTF-8 BOM in entryText", () => {
    const zip = openZip(writeZip([{ name: "a", data: Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]) }]));
    expect(entryText(zip.get("a")!, big())).toBe("A");
  });
});

/** the streaming inflater, its pieces joined, so the same cases run through both */
function inflateChunked(entry: ZipEntry, budget: { remaining: number }): Uint8Array {
  const pieces: Uint8Array[] = [];
  inflateEntryChunks(entry, budget, (c) => pieces.push(c.slice()));
  const out = new Uint8Array(pieces.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of pieces) out.set(c, at), (at += c.length);
  return out;
}

describe.each([
  ["fflate (browser)", null, inflateEntry],
  ["node:zlib (command line)", nodeZipCodec, inflateEntry],
  ["fflate piece by piece", null, inflateChunked],
  ["fflate piece by piece, node:zlib's CRC", nodeZipCodec, inflateChunked],
] as const)("damaged zips, inflated by %s", (_name, codec, inflateEntry) => {
  beforeAll(() => useZipCodec(codec));
  afterAll(() => useZipCodec(null));

  it("reads back what was written", () => {
    const data = new TextEncoder().encode("<row>学籍</row>".repeat(200_000));
    const zip = openZip(writeZip([{ name: "a.xml", data }]));
    expect(sameBytes(inflateEntry(zip.get("a.xml")!, big()), data)).toBe(true);
    const stored = openZip(writeZip([{ name: "a.xml", data }], { level: 0 }));
    expect(sameBytes(inflateEntry(stored.get("a.xml")!, big()), data)).toBe(true);
  });

  it("a CRC mismatch is corrupt", () => {
    const f = deflated("<a/>");
    const zip = openZip(handZip([{ ...f, crc: f.crc ^ 1 }]));
    expect(reason(() => inflateEntry(zip.entries[0], big()))).toBe("corrupt");
  });

  it("a truncated deflate stream is corrupt, not a hang", () => {
    const f = deflated("<row>1</row>".repeat(5000));
    const zip = openZip(handZip([{ ...f, body: f.body.subarray(0, f.body.length >> 1) }]));
    expect(reason(() => inflateEntry(zip.entries[0], big()))).toBe("corrupt");
  });

  it("garbage instead of deflate data is corrupt", () => {
    const zip = openZip(handZip([{ name: "a", body: Uint8Array.from([0xff, 0xff, 0xff, 0xff]), method: 8, crc: 0, size: 4 }]));
    expect(reason(() => inflateEntry(zip.entries[0], big()))).toBe("corrupt");
  });

  it("inflating past the shared budget is too-large, whatever the directory declares", () => {
    const f = deflated("0".repeat(5_000_000));
    const zip = openZip(handZip([{ ...f, size: 10 }]));
    const budget = { remaining: 1_000_000 };
    expect(reason(() => inflateEntry(zip.entries[0], budget))).toBe("too-large");
  });

  it("the budget is shared across entries", () => {
    const zip = openZip(writeZip([{ name: "a", data: new Uint8Array(600) }, { name: "b", data: new Uint8Array(600) }]));
    const budget = { remaining: 1000 };
    inflateEntry(zip.get("a")!, budget);
    expect(budget.remaining).toBe(400);
    expect(reason(() => inflateEntry(zip.get("b")!, budget))).toBe("too-large");
  });

  it("a declared size over the budget is refused before inflating", () => {
    const zip = openZip(handZip([{ ...deflated("<a/>"), size: 2_000_000 }]));
    expect(reason(() => inflateEntry(zip.entries[0], { remaining: 1_000_000 }))).toBe("too-large");
  });

  it("a declared size smaller than the real one is corrupt", () => {
    const zip = openZip(handZip([{ ...deflated("<abc/>"), size: 3 }]));
    expect(reason(() => inflateEntry(zip.entries[0], big()))).toBe("corrupt");
  });

  it("a file cut short has no directory → truncated", () => {
    const bytes = writeZip([{ name: "a", data: enc.encode("x".repeat(1000)) }]);
    expect(reason(() => openZip(bytes.subarray(0, bytes.length - 30)))).toBe("truncated");
  });

  it("a directory count larger than its records is truncated", () => {
    expect(reason(() => openZip(handZip([deflated("<a/>")], 5)))).toBe("truncated");
  });

  it("records beyond a too-small count are still listed", () => {
    const zip = openZip(handZip([deflated("<a/>", "a"), deflated("<b/>", "b")], 1));
    expect(zip.entries.map((e) => e.name)).toEqual(["a", "b"]);
  });

  it("an encrypted entry says encrypted", () => {
    const bytes = writeZip([{ name: "a", data: enc.encode("secret") }]);
    const dir = bytes.length - 22 - (46 + 1);
    bytes[dir + 8] |= 1; // general purpose flag bit 0 in the directory record
    expect(reason(() => inflateEntry(openZip(bytes).entries[0], big()))).toBe("encrypted");
  });

  it("an unknown compression method is unsupported", () => {
    const zip = openZip(handZip([{ ...deflated("<a/>"), method: 14 }]));
    expect(reason(() => inflateEntry(zip.entries[0], big()))).toBe("unsupported");
  });
});

describe("inflateEntryChunks", () => {
  it("lets the consumer's own error through as it is, not as a corrupt stream", () => {
    const zip = openZip(writeZip([{ name: "a.xml", data: enc.encode("<row/>".repeat(100_000)) }]));
    const mine = new Error("mine");
    expect(() =>
      inflateEntryChunks(zip.get("a.xml")!, big(), () => {
        throw mine;
      }),
    ).toThrow(mine);
  });
});

describe("zip variants", () => {
  it("reads entries written with data descriptors (sizes only in the directory)", () => {
    const zip = openZip(handZip([{ ...deflated("<d>descriptor</d>"), descriptor: true }, deflated("<n/>", "n")]));
    expect(entryText(zip.entries[0], big())).toBe("<d>descriptor</d>");
    expect(entryText(zip.get("n")!, big())).toBe("<n/>");
  });

  it("reads a zip64 end record", () => {
    const zip = openZip(handZip([deflated("<z64/>")], undefined, true));
    expect(zip.entries).toHaveLength(1);
    expect(entryText(zip.entries[0], big())).toBe("<z64/>");
  });
});

describe("an archive read as needed (ZipBytes: the command line reads from the open file)", () => {
  /** the archive's bytes behind a reader that copies, as a file does, and records the largest read */
  function asFile(bytes: Uint8Array): ZipBytes & { largest: number; total: number } {
    return {
      length: bytes.length,
      largest: 0,
      total: 0,
      read(from, to) {
        this.largest = Math.max(this.largest, to - from);
        this.total += to - from;
        return bytes.slice(from, to);
      },
    };
  }
  const sheet = enc.encode(Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}"><c><v>${(i * 7919) % 100_003}</v></c></row>`).join(""));
  const archives: [string, Uint8Array][] = [
    ["written by writeZip", writeZip([{ name: "xl/worksheets/sheet1.xml", data: sheet }, { name: "s.txt", data: enc.encode("stored") }, { name: "empty", data: new Uint8Array(0) }])],
    ["stored (level 0)", writeZip([{ name: "xl/worksheets/sheet1.xml", data: sheet }], { level: 0 })],
    ["with data descriptors", handZip([{ ...deflated("<d>descriptor</d>"), descriptor: true }, deflated("<n/>", "n")])],
    ["zip64 end record", handZip([deflated("<z64/>")], undefined, true)],
  ];

  it.each(archives)("%s: the same entries, bytes and text as from memory", (_, bytes) => {
    const inMemory = openZip(bytes);
    const file = asFile(bytes);
    const fromFile = openZip(file);
    expect(fromFile.entries.map((e) => [e.name, e.method, e.crc32, e.size, e.compressedSize])).toEqual(
      inMemory.entries.map((e) => [e.name, e.method, e.crc32, e.size, e.compressedSize]),
    );
    fromFile.entries.forEach((e, i) => {
      expect(sameBytes(e.raw(), inMemory.entries[i].raw())).toBe(true);
      expect(e.raw(3, 40)).toEqual(inMemory.entries[i].raw().subarray(3, 40));
      expect(entryText(e, big())).toBe(entryText(inMemory.entries[i], big()));
    });
  });

  it("inflates a big entry and copies it in steps, never reading it whole", () => {
    const bytes = archives[0][1];
    const file = asFile(bytes);
    const entry = openZip(file).get("xl/worksheets/sheet1.xml")!;
    expect(entry.compressedSize).toBeGreaterThan(200_000);
    file.largest = 0;
    let inflated = 0;
    inflateEntryChunks(entry, big(), (c) => (inflated += c.length));
    expect(inflated).toBe(sheet.length);
    expect(file.largest).toBeLessThanOrEqual(64 * 1024);

    const sink = new MemorySink(0);
    writeZipTo(sink, [{ name: "copy.xml", copy: entry }]);
    expect(file.largest).toBeLessThanOrEqual(1 << 20);
    expect(sameBytes(inflateRawSync(openZip(sink.result()).get("copy.xml")!.raw()), sheet)).toBe(true);
  });

  it("a cut file is still refused as truncated", () => {
    const bytes = archives[0][1];
    expect(reason(() => openZip(asFile(bytes.subarray(0, bytes.length - 30))))).toBe("truncated");
  });
});

describe("writeZipTo", () => {
  it("writes into a sink the same bytes writeZip returns, local headers patched after their bodies", () => {
    const source = openZip(writeZip([{ name: "kept.xml", data: enc.encode("<kept/>".repeat(1000)) }]));
    const entries = (): Parameters<typeof writeZip>[0] => [
      { name: "data.xml", data: enc.encode("<a/>".repeat(5000)) },
      { name: "kept.xml", copy: source.get("kept.xml")! },
      { name: "表.xml", stream: (put) => ["<b>", "x".repeat(300_000), "</b>"].forEach((t) => put(enc.encode(t))) },
    ];
    const sink = new MemorySink(10);
    writeZipTo(sink, entries());
    expect(sameBytes(sink.result(), writeZip(entries()))).toBe(true);
    const zip = openZip(sink.result());
    expect(entryText(zip.get("表.xml")!, big())).toBe("<b>" + "x".repeat(300_000) + "</b>");
    expect(zip.get("kept.xml")!.raw()).toEqual(source.get("kept.xml")!.raw());
  });

  it("refuses to patch bytes not yet written", () => {
    const sink = new MemorySink(64);
    sink.write(new Uint8Array(10));
    expect(() => sink.patch(8, new Uint8Array(4))).toThrow(RangeError);
  });
});
