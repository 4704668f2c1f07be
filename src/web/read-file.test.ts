/** @jest-environment jsdom */
import { ReadError } from "../io/read-error";
import { isAccepted, readPickedFile } from "./read-file";
import { readWorkbook } from "../io/read-workbook";

describe("readPickedFile", () => {
  it("reads a CSV into tables", async () => {
    const file = new File(["姓名,性别\n测试甲,男\n"], "名单.csv");
    const got = await readPickedFile(file, readWorkbook);
    expect("read" in got && got.read[0].rows[1]).toEqual(["测试甲", "男"]);
  });

  it("names the file and says what to do when it is broken", async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const got = await readPickedFile(new File([noise], "x.xlsx"), readWorkbook);
    expect("error" in got && got.error).toMatch(/「x\.xlsx」/);
    expect("error" in got && got.error).toMatch(/请/);
  });

  it("refuses other file types before reading them", async () => {
    const read = jest.fn();
    const got = await readPickedFile(new File(["x"], "照片.jpg"), read);
    expect(read).not.toHaveBeenCalled();
    expect("error" in got && got.error).toMatch(/「照片\.jpg」不是 Excel 或 CSV 文件/);
  });

  it("passes the reader's own message through", async () => {
    const read = () => {
      throw new ReadError("encrypted", "文件「a.xlsx」设置了打开密码");
    };
    const got = await readPickedFile(new File(["x"], "a.xlsx"), read);
    expect(got).toEqual({ error: "文件「a.xlsx」设置了打开密码" });
  });

  it("wraps an unexpected error with the file's name", async () => {
    const read = () => {
      throw new TypeError("boom");
    };
    const got = await readPickedFile(new File(["x"], "b.xls"), read);
    expect("error" in got && got.error).toMatch(/^文件「b\.xls」无法读取（boom）/);
  });
});

describe("isAccepted", () => {
  it.each([
    ["a.XLSX", true],
    ["a.xls", true],
    ["a.csv", true],
    ["a.xlsm", false],
    ["a.json", false],
  ])("%s → %s", (name, ok) => expect(isAccepted(name)).toBe(ok));
});
