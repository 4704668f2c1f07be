import { makeResidentId } from "../validators/test-ids";
import { readRoster } from "./roster";
import { rosterRows } from "./test-photo-set";

const a = makeResidentId({ seq: 31 });
const b = makeResidentId({ seq: 42 });

describe("readRoster", () => {
  it("reads a bare 姓名 + 身份证件号 list under a title, cleaning the IDs", () => {
    const r = readRoster([{ sheet: "名单", rows: rosterRows() }], "名单.xlsx");
    if (!r.ok) throw new Error(r.message);
    expect(r.students).toHaveLength(21);
    expect(r.students[0]).toMatchObject({ name: "学生1", grade: "一年级", className: "1班", sheet: "名单", row: 3 });
    expect(r.students.at(-1)).toMatchObject({ name: "李四", id: "" });
  });

  it("reads an import template (the 新生名单 layout), passing over a code-list sheet", () => {
    const tables = [
      { sheet: "字典", rows: [["性别"], ["男"], ["女"]] },
      {
        sheet: "新生",
        rows: [
          ["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码"],
          ["张三", "男", "20150304", "居民身份证", ` ${a.slice(0, 9)} ${a.slice(9)}`],
          ["李五", "女", "20150304", "居民身份证", b.slice(0, 17) + b[17].toLowerCase()],
        ],
      },
    ];
    const r = readRoster(tables, "新生.xlsx");
    expect(r).toEqual({
      ok: true,
      students: [
        { id: a, name: "张三", grade: "", className: "", sheet: "新生", row: 2 },
        { id: b, name: "李五", grade: "", className: "", sheet: "新生", row: 3 },
      ],
    });
  });

  it("refuses a file with no ID column, in Chinese, saying what the header needs", () => {
    const r = readRoster([{ sheet: "Sheet1", rows: [["姓名", "性别", "班级"], ["张三", "男", "1班"]] }], "班级名单.xlsx");
    expect(r).toEqual({
      ok: false,
      message: "名单「班级名单.xlsx」中找不到身份证件号列，无法与照片对应。请确认选对了名单文件，表头行应有“身份证件号”（或“身份证号”）和“姓名”两列。",
    });
  });
});
