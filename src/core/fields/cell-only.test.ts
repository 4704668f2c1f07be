import type { RowView } from "../rules/types";
import { fieldKinds } from ".";
import { column, fakeContext } from "./test-helpers";

/**
 * A handler marked cellOnly has its findings reused for every row holding the same cell, so its check
 * must not read the row. This row answers nothing but its number.
 */
const rowThatMustNotBeRead: RowView = {
  row: 7,
  get: (key) => {
    throw new Error(`read ${key}`);
  },
  raw: (key) => {
    throw new Error(`read ${key}`);
  },
  has: (key) => {
    throw new Error(`read ${key}`);
  },
};

const SAMPLES = ["汉族", "火星族", "20190305", "2019-13-40", "201909", "13800138000", "12345", "110101000000", "9999", "3.5", "abc", "是", "x".repeat(300), "张三"];

describe("cell-only field handlers", () => {
  const kinds = Object.entries(fieldKinds);

  it.each(kinds.filter(([, h]) => h.cellOnly))("%s: check() reads only the cell", (kind, handler) => {
    const ctx = fakeContext();
    const col = column(kind as never, "field", { codeList: "ethnicity", maxLength: 20 });
    for (const value of SAMPLES) {
      expect(() => handler.check!({ raw: value, value, column: col, row: rowThatMustNotBeRead }, ctx)).not.toThrow();
    }
    for (const r of ctx.reports) expect(r.row).toBe(7);
  });

  it("leaves out the handlers whose check reads other cells of the row", () => {
    const notCellOnly = kinds.filter(([, h]) => h.check && !h.cellOnly).map(([k]) => k);
    expect(notCellOnly.sort()).toEqual(["idNumber", "name", "registerNumber"]);
    // and they really do read the row: a name in Latin letters is fine only for a foreign ID type
    const ctx = fakeContext();
    expect(() => fieldKinds.name.check!({ raw: "Anna Li", value: "Anna Li", column: column("name", "name"), row: rowThatMustNotBeRead }, ctx)).toThrow("read idType");
  });
});
