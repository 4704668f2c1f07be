import { fieldKinds } from "../fields";
import { column, fakeContext, runCell, type CellRun } from "../fields/test-helpers";
import type { RawCell } from "../model/table";
import type { ValueKind } from "../model/template";
import { residentIdCheckChar } from "../validators/resident-id";
import { makeResidentId } from "../validators/test-ids";
import { fieldMessages } from "./fields";

/**
 * Every code a field handler emits must be in the catalogue, and every catalogue entry must be emitted by some
 * input: the codes are collected from handler runs over bad inputs, not from a hand-written list.
 */

const id = makeResidentId({ birthDate: "20150304", sex: "女" });
const feb30 = "11010520150230001";
const xId = Array.from({ length: 100 }, (_, seq) => makeResidentId({ seq })).find((s) => s.endsWith("X"))!;

interface Case {
  kind: ValueKind;
  key?: string;
  raws: RawCell[];
  row?: Record<string, string>;
  extra?: Parameters<typeof column>[2];
}

const cases: Case[] = [
  { kind: "text", raws: [" 钢琴", "钢琴、绘画、书法、舞蹈", "ＡＢ", "NULL", "'13812345678"], extra: { maxLength: 8 } },
  { kind: "name", raws: ["张 小明", "李•阿依", "张小明2", "zhang小明", "张小明(小名)", "李·", "阿依古丽·买买提·艾力"], extra: { maxLength: 8 } },
  { kind: "date", raws: ["2015-3-4", 42067, "20150230", "15-3-4", "2015-03", "三月四日", "20991231", "18991231"] },
  { kind: "yearMonth", raws: ["2015.9", 42248, "201513", "15年9月", 2015.1, "九月", "209901", "189912"] },
  { kind: "code", raws: ["01", "汉人"], extra: { codeList: "ethnicity" } },
  { kind: "flag", raws: ["Y", "不是"] },
  {
    kind: "idNumber",
    key: "idNumber",
    row: { birthDate: "20150305", sex: "男" },
    raws: [
      110105201503040000,
      xId.slice(0, 17) + "x",
      id,
      id.slice(0, 17) + (id[17] === "0" ? "1" : "0"),
      "11010520150304",
      "11010520150304O01X",
      "110105150304001",
      feb30 + residentIdCheckChar(feb30),
      makeResidentId({ birthDate: "20991231" }),
      makeResidentId({ region: "990105" }),
      makeResidentId({ region: "110198", birthDate: "20150305", sex: "男" }),
      makeResidentId({ region: "110119", birthDate: "20100101" }),
    ],
  },
  { kind: "idNumber", key: "idNumber", row: { idType: "护照" }, raws: ["E123"] },
  {
    kind: "registerNumber",
    key: "registerNumber",
    row: { idNumber: id },
    raws: ["g" + id, "L11010520150304123", "X110105201503041234", "L11010520150304123A", "G" + id.slice(0, 17) + (id[17] === "0" ? "1" : "0"), "L110105201502301234", "L990105201503041234", "G" + makeResidentId({ seq: 40 })],
  },
  { kind: "phone", raws: ["+8613812345678", "138-1234-5678", "62345678", "1381234567"] },
  { kind: "postcode", raws: [10010, "10010", "1000"] },
  { kind: "region", raws: ["110105", "990105000000", "北京市朝阳区"] },
  { kind: "schoolCode", raws: ["214200163"] },
  { kind: "email", raws: ["parent.example.com"] },
  { kind: "url", raws: ["无"] },
  { kind: "integer", raws: ["3.0", 2.5] },
  { kind: "number", raws: ["2.5公里", "约两公里"] },
];

function runAll(): CellRun[] {
  const runs: CellRun[] = [];
  for (const c of cases) {
    const handler = fieldKinds[c.kind];
    for (const raw of c.raws) runs.push(runCell(handler, column(c.kind, c.key ?? c.kind, c.extra), raw, c.row ?? {}, fakeContext()));
  }
  return runs;
}

const STANDARD_PLACEHOLDERS = new Set(["value", "fix", "header", "column", "row"]);
const PLACEHOLDER = /\{(\w+)\}/g;

describe("fieldMessages", () => {
  const runs = runAll();
  const fixCodes = new Set(runs.flatMap((r) => (r.normalised.fixes ?? []).map((f) => f.code)));
  const reported = runs.flatMap((r) => r.reports);
  const emitted = new Set([...fixCodes, ...reported.map((r) => r.code)]);

  it("has an entry for every code the handlers emit", () => {
    expect([...emitted].filter((code) => !fieldMessages[code])).toEqual([]);
  });

  it("has no entry that no handler emits", () => {
    expect(Object.keys(fieldMessages).filter((code) => !emitted.has(code))).toEqual([]);
  });

  it("fixes have severity fix; problems do not", () => {
    for (const code of fixCodes) expect([code, fieldMessages[code].severity]).toEqual([code, "fix"]);
    for (const r of reported) expect(fieldMessages[r.code].severity).not.toBe("fix");
  });

  it("message placeholders are filled by what the reports carry", () => {
    for (const r of reported) {
      const entry = fieldMessages[r.code];
      const known = new Set([...STANDARD_PLACEHOLDERS, ...Object.keys(r.params ?? {})]);
      for (const text of [entry.zh, entry.en]) {
        const missing = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((p) => !known.has(p));
        expect([r.code, missing]).toEqual([r.code, []]);
      }
    }
  });

  it("every entry says where the rule comes from, in both languages", () => {
    for (const [code, e] of Object.entries(fieldMessages)) {
      expect([code, e.source.length > 0, e.zh.length > 0, e.en.length > 0]).toEqual([code, true, true, true]);
    }
  });
});
