import type { Issue } from "../model/issue";
import { cleanedRows, type GeneratedNumber } from "../model/report";
import type { Template } from "../model/template";
import { buildCleaned } from "./clean";
import { DataRow, RowStore } from "./row-view";

const template: Template = {
  id: "t",
  name: "测试",
  description: "",
  source: "",
  identifyBy: [],
  columns: [
    { key: "name", header: "姓名", kind: "name" },
    { key: "registerNumber", header: "学籍号", kind: "registerNumber" },
    { key: "auxNumber", header: "学籍辅号", kind: "text" },
  ],
};

/** rows 3, 4, 5 and 6 of a sheet, normalised values [name, registerNumber, auxNumber] */
function sheet(): { rows: DataRow[]; store: RowStore } {
  const store = new RowStore(new Map(template.columns.map((c, i) => [c.key, i])), Int32Array.from([0, 1, 2]));
  const data = [
    ["张一", "", ""],
    ["张二", "", ""],
    ["张三", "G1", ""],
    ["张四", "", ""],
  ];
  store.reserve(data.length);
  data.flat().forEach((v, i) => (store.values[i] = v));
  return { rows: data.map((cells, i) => new DataRow(3 + i, store, i * 3, cells)), store };
}

function clean(issues: Issue[], numbers: GeneratedNumber[]) {
  const { rows, store } = sheet();
  return buildCleaned(template, rows, store, issues, numbers);
}

const num = (row: number, key: string, value: string): GeneratedNumber => ({ row, key, value, scheme: "national" });
const error = (row: number, code: string): Issue => ({ code, row, severity: "error", sheet: "s", source: "" });

describe("buildCleaned", () => {
  it("fills each generated number into its own row and column, in whatever order the numbers come", () => {
    const numbers = [num(6, "registerNumber", "G6"), num(3, "auxNumber", "A3"), num(3, "registerNumber", "G3"), num(4, "registerNumber", "G4")];
    const { cleaned, rejected } = clean([], numbers);
    expect(rejected).toEqual([]);
    expect(cleaned.sourceRows).toEqual([3, 4, 5, 6]);
    expect(cleanedRows(cleaned)).toEqual([
      ["张一", "G3", "A3"],
      ["张二", "G4", ""],
      ["张三", "G1", ""],
      ["张四", "G6", ""],
    ]);
  });

  it("rejects a row with an error, with its codes, and still fills the numbers of the rows after it", () => {
    const issues = [error(4, "id/checksum"), error(4, "id/checksum"), error(4, "cell/required"), { ...error(5, "class/over-cap") }];
    const { cleaned, rejected } = clean(issues, [num(4, "registerNumber", "G4"), num(6, "registerNumber", "G6")]);
    expect(rejected).toEqual([{ sourceRow: 4, cells: ["张二", "", ""], codes: ["id/checksum", "cell/required"] }]);
    expect(cleaned.sourceRows).toEqual([3, 5, 6]);
    // the rows after the rejected one moved up over it, and nothing is left behind them
    expect(cleanedRows(cleaned)).toEqual([
      ["张一", "", ""],
      ["张三", "G1", ""],
      ["张四", "G6", ""],
    ]);
    expect(cleaned.cells).toHaveLength(9);
  });
});
