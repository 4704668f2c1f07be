import { asRequestContext, FakeSheet, fakeExcel } from "./fake-excel";
import { readOriginalFills, readSpans, SPAN_GAP } from "./fill-record";

describe("readSpans", () => {
  it("joins nearby runs of a column and keeps distant ones and other columns apart", () => {
    const runs = [
      { col: 1, top: 2, bottom: 3 },
      { col: 1, top: 3 + SPAN_GAP, bottom: 3 + SPAN_GAP },
      { col: 1, top: 100, bottom: 100 },
      { col: 2, top: 101, bottom: 101 },
    ];
    const spans = readSpans(runs);
    expect(spans.map((s) => s.span)).toEqual([
      { col: 1, top: 2, bottom: 3 + SPAN_GAP },
      { col: 1, top: 100, bottom: 100 },
      { col: 2, top: 101, bottom: 101 },
    ]);
    expect(spans[0].runs).toHaveLength(2);
  });

  it("never makes a span longer than the cell cap", () => {
    const runs = Array.from({ length: 100 }, (_, i) => ({ col: 0, top: i * 2 + 1, bottom: i * 2 + 1 }));
    for (const { span } of readSpans(runs, 50)) expect(span.bottom - span.top + 1).toBeLessThanOrEqual(50);
  });
});

describe("readOriginalFills", () => {
  it("groups exactly the asked cells by their fill, ignoring cells between them", async () => {
    const sheet = new FakeSheet("S", [["x"]]);
    sheet.setFill(1, 0, { color: "#00B0F0", pattern: "Solid" });
    sheet.setFill(2, 0, { color: "#123456", pattern: "Solid" }); // A3: between the asked cells
    sheet.setFill(3, 0, { color: "#00B0F0", pattern: "Solid" });
    const ctx = fakeExcel([sheet]);
    const ws = ctx.workbook.worksheets.getItem("S") as unknown as Excel.Worksheet;
    const groups = await readOriginalFills(
      asRequestContext(ctx),
      ws,
      [
        { col: 0, top: 2, bottom: 2 },
        { col: 0, top: 4, bottom: 5 },
      ],
      { rangeAreas: true },
    );
    expect([...groups.entries()]).toEqual([
      ["#00B0F0", [{ col: 0, top: 2, bottom: 2 }, { col: 0, top: 4, bottom: 4 }]],
      ["", [{ col: 0, top: 5, bottom: 5 }]],
    ]);
  });

  it("retries smaller batches when the host says the answer is too large", async () => {
    const sheet = new FakeSheet("S", [["x"]]);
    const ctx = fakeExcel([sheet], { payloadLimit: 60_000 });
    const ws = ctx.workbook.worksheets.getItem("S") as unknown as Excel.Worksheet;
    const runs = Array.from({ length: 40 }, (_, i) => ({ col: i, top: 1, bottom: 100 }));
    const groups = await readOriginalFills(asRequestContext(ctx), ws, runs, { rangeAreas: true });
    expect(ctx.stats.payloadRejections).toBeGreaterThan(0);
    expect(groups.get("")).toHaveLength(40);
  });
});
