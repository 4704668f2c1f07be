import { groupIssues } from "./issue-groups";
import { makeIssue, manyIssues } from "./test-results";

const ALL = new Set(["error", "warning", "fix"] as const);

describe("groupIssues", () => {
  const issues = [
    makeIssue({ code: "sheet/empty", severity: "warning" }),
    makeIssue({ code: "cell/required", severity: "error", row: 3, col: 1, column: "B", header: "性别" }),
    makeIssue({ code: "cell/required", severity: "error", row: 4, col: 4, column: "E", header: "身份证件号码" }),
    makeIssue({ code: "cell/required", severity: "error", row: 5, col: 4, column: "E", header: "身份证件号码" }),
  ];

  it("groups by rule, errors first, a rule about cells once per column, each with its short title", () => {
    const groups = groupIssues(issues, "code", ALL);
    expect(groups.map((g) => [g.title, g.issues.length])).toEqual([
      ["「身份证件号码」必填项为空", 2],
      ["「性别」必填项为空", 1],
      ["工作表没有数据行", 1],
    ]);
  });

  it("titles a group by what is wrong, not by the message with its values cut out", () => {
    const enums = [
      makeIssue({ code: "cell/enum", severity: "error", row: 3, column: "G", header: "民族", value: "汉", params: { list: "民族" } }),
      makeIssue({ code: "cell/enum", severity: "error", row: 4, column: "G", header: "民族", value: "汗族", params: { list: "民族" } }),
      makeIssue({ code: "table/duplicate-id", severity: "error", row: 5, column: "E", header: "身份证件号", value: "x" }),
      makeIssue({ code: "table/duplicate-id", severity: "error", row: 6, column: "E", header: "身份证件号", value: "x" }),
    ];
    const titles = groupIssues(enums, "code", ALL).map((g) => g.title);
    expect(titles).toEqual(["「民族」不是可选值", "身份证件号重复"]);
    expect(titles.join("")).not.toContain("…");
  });

  it("groups by column header, sheet-level issues in their own group", () => {
    const groups = groupIssues(issues, "column", ALL);
    expect(groups.map((g) => [g.title, g.issues.length])).toEqual([
      ["身份证件号码（E 列）", 2],
      ["性别（B 列）", 1],
      ["整表 / 整行问题", 1],
    ]);
  });

  it("keeps only the chosen severities", () => {
    const groups = groupIssues(issues, "code", new Set(["warning"]));
    expect(groups.map((g) => g.key)).toEqual(["sheet/empty"]);
  });

  it("takes a group's badge from its worst issue", () => {
    const mixed = [
      makeIssue({ code: "x/y", severity: "fix", header: "民族" }),
      makeIssue({ code: "x/z", severity: "error", header: "民族" }),
    ];
    expect(groupIssues(mixed, "column", ALL)[0].severity).toBe("error");
  });

  it("groups 50,000 issues quickly", () => {
    const big = manyIssues(50_000);
    const began = performance.now();
    const groups = groupIssues(big, "column", ALL);
    expect(performance.now() - began).toBeLessThan(200);
    expect(groups.reduce((n, g) => n + g.issues.length, 0)).toBe(50_000);
  });
});

describe("group titles", () => {
  it("keep the short title when a rule fired once", () => {
    const one = makeIssue({ code: "cell/required-when", severity: "error", header: "监护人身份证件号", params: { other: "是否监护人", otherValue: "是" } });
    expect(groupIssues([one], "code", ALL)[0].title).toBe("「监护人身份证件号」按条件必须填写");
  });
  it("say an unknown code is unknown", () => {
    expect(groupIssues([makeIssue({ code: "no/such-code", severity: "error" })], "code", ALL)[0].title).toBe("未知问题（no/such-code）");
  });
});
