import { PieceWriter } from "./piece-writer";

describe("PieceWriter", () => {
  it("hands on UTF-8 in pieces that together are the text, none much over 256 KB, a long string whole", () => {
    const pieces: Uint8Array[] = [];
    const w = new PieceWriter((p) => pieces.push(p.slice()));
    const row = "<row>张三,男,110105201903041234</row>";
    for (let i = 0; i < 20_000; i++) w.text(row);
    const long = "学".repeat(300_000);
    w.text(long);
    w.end();
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.slice(0, -1).every((p) => p.length <= 256 * 1024)).toBe(true);
    const all = new TextDecoder().decode(Buffer.concat(pieces));
    expect(all).toBe(row.repeat(20_000) + long);
  });

  it("hands on nothing for nothing", () => {
    const pieces: Uint8Array[] = [];
    new PieceWriter((p) => pieces.push(p)).end();
    expect(pieces).toEqual([]);
  });
});
