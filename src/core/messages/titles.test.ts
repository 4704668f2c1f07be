import { auditMessages } from "../audit/messages";
import { catalogue } from "./index";
import { issueTitle, issueTitles, titledPerColumn } from "./titles";

describe("issue titles", () => {
  const codes = [...Object.keys(catalogue), ...Object.keys(auditMessages)];

  it("every issue code has a short title, and no title is left over from a code that is gone", () => {
    expect(codes.filter((c) => !issueTitles[c])).toEqual([]);
    expect(Object.keys(issueTitles).filter((c) => !codes.includes(c))).toEqual([]);
  });

  it.each(codes)("%s: a heading, not a message — no row values, no sentence end", (code) => {
    const title = issueTitles[code];
    expect(title.replace("{header}", "")).not.toMatch(/[{}。…]/);
    expect(title.length).toBeLessThanOrEqual(24);
  });

  it("fills the column into a title that names it, and drops it for a whole-sheet issue", () => {
    expect(issueTitle("cell/enum", "民族")).toBe("「民族」不是可选值");
    expect(titledPerColumn("cell/enum")).toBe(true);
    expect(issueTitle("table/duplicate-id", "身份证件号")).toBe("身份证件号重复");
    expect(titledPerColumn("table/duplicate-id")).toBe(false);
    expect(issueTitle("cell/required")).toBe("必填项为空");
  });
});
