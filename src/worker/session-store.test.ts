import { readFileSync } from "node:fs";
import { join } from "node:path";
import { workbookEdits } from "../core";
import { readWorkbook } from "../io/read-workbook";
import { writeReport } from "../io/write-report";
import { writeUpload } from "../io/write-upload";
import { previewRows } from "../app/preview-rows";
import type { EngineOptions } from "./protocol";
import { runCheck } from "./run-check";
import type { SessionMessage } from "./session-protocol";
import { answerSession, SessionStore } from "./session-store";
import { newEntrantTable } from "./test-tables";

const OPTIONS: EngineOptions = { profile: { id: "national" }, templateId: "auto", today: "20250901" };
const csv = (good: number) => new TextEncoder().encode(newEntrantTable(good).rows.map((r) => r.join(",")).join("\n"));

describe("SessionStore", () => {
  it("keeps a file between reading, checking and writing: the page gets the check without cleaned cells, with previews", async () => {
    const store = new SessionStore();
    const bytes = csv(3);
    expect(await store.open(1, "一年级.csv", bytes)).toEqual({ sheets: 1, note: "文字编码：文件没有编码标记，按 UTF-8 读取。" });
    const page = store.check(1, OPTIONS, () => undefined);

    const tables = readWorkbook(bytes, "一年级.csv");
    const full = runCheck(tables, OPTIONS, () => undefined);
    expect(page.check.results.map((r) => r.cleaned.cells)).toEqual([[]]);
    expect(page.check.results[0].cleaned.sourceRows).toEqual(full.results[0].cleaned.sourceRows);
    expect(page.check.results[0].issues).toEqual(full.results[0].issues);
    expect(page.previews).toEqual([previewRows(full.results[0], tables[0])]);
    // the writers use the whole check, cleaned cells and all
    expect(store.write(1, "upload")).toEqual(writeUpload(bytes, tables, workbookEdits(full)));
    expect(store.write(1, "report").bytes.length).toBe(writeReport(full, { fileName: "一年级.csv" }).length);
  });

  it("refuses to write a file not yet checked, and forgets a closed one", async () => {
    const store = new SessionStore();
    await store.open(1, "a.csv", csv(2));
    expect(() => store.write(1, "upload")).toThrow(/还没有检查/);
    store.close(1);
    expect(() => store.check(1, OPTIONS, () => undefined)).toThrow(/重新选择文件/);
  });
});

describe("answerSession", () => {
  it("answers with the request's number, progress first; a reader's error keeps its name", async () => {
    const store = new SessionStore();
    const got: SessionMessage[] = [];
    await answerSession(store, { type: "session/open", seq: 7, file: 1, fileName: "a.csv", bytes: csv(2) }, (m) => got.push(m));
    await answerSession(store, { type: "session/check", seq: 8, file: 1, options: OPTIONS }, (m) => got.push(m));
    await answerSession(store, { type: "session/open", seq: 9, file: 2, fileName: "x.xlsx", bytes: new Uint8Array(2048).map((_, i) => (i * 31) % 256) }, (m) => got.push(m));
    const opening = got.filter((m) => m.seq === 7);
    expect(opening.slice(0, -1).every((m) => m.type === "session/progress")).toBe(true);
    expect(opening[opening.length - 1]).toEqual({ type: "session/opened", seq: 7, sheets: 1, note: "文字编码：文件没有编码标记，按 UTF-8 读取。" });
    const check = got.filter((m) => m.seq === 8);
    expect(check.slice(0, -1).every((m) => m.type === "session/progress")).toBe(true);
    expect(check[check.length - 1].type).toBe("session/checked");
    expect(got[got.length - 1]).toMatchObject({ type: "session/error", seq: 9, name: "ReadError" });
  });
});

describe("progress while a picked file is read and written", () => {
  it("says 正在读取 and 正在写出 with a percentage that rises to 100%, under the request's number", async () => {
    const name = "新生导入-示例.xlsx";
    const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", "samples", name)));
    const store = new SessionStore();
    const got: SessionMessage[] = [];
    await answerSession(store, { type: "session/open", seq: 1, file: 1, fileName: name, bytes }, (m) => got.push(m));
    await answerSession(store, { type: "session/check", seq: 2, file: 1, options: OPTIONS }, () => undefined);
    await answerSession(store, { type: "session/write", seq: 3, file: 1, what: "upload" }, (m) => got.push(m));
    const labels = (seq: number) => got.flatMap((m) => (m.seq === seq && m.type === "session/progress" ? [m.progress.label ?? ""] : []));
    const reading = labels(1).filter((l) => l.startsWith("正在读取"));
    expect(reading.length).toBeGreaterThan(1);
    expect(reading[reading.length - 1]).toBe("正在读取… 100%");
    const writing = labels(3);
    expect(writing[0]).toBe("正在写出… 0%");
    expect(writing[writing.length - 1]).toBe("正在写出… 100%");
    expect(got[got.length - 1].type).toBe("session/written");
  });
});
