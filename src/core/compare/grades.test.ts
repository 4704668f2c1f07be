import { parseGrade } from "../grade";
import { placeCounts } from "./counts";
import { gradeChanges, spanOf } from "./grades";
import { rowOf } from "./test-sides";
import type { MatchedPair } from "./types";

const g = (text: string) => parseGrade(text, "6-3");
const pairOf = (from: string, to: string, classes: [string, string] = ["1班", "1班"]): MatchedPair => ({
  before: rowOf("before", 2, { grade: from, gradeInfo: g(from), className: classes[0] }),
  after: rowOf("after", 2, { grade: to, gradeInfo: g(to), className: classes[1] }),
  method: "idNumber",
});

describe("the span between the lists", () => {
  it("is read from the students: most moved up one, or most stayed", () => {
    expect(spanOf([pairOf("一年级", "二年级"), pairOf("三年级", "四年级"), pairOf("二年级", "二年级")])).toMatchObject({ years: 1, from: "inferred", nextGrade: 2, sameGrade: 1 });
    expect(spanOf([pairOf("一年级", "一年级"), pairOf("三年级", "四年级")])).toMatchObject({ years: 0, from: "inferred" });
  });

  it("is unknown when no matched student has a grade on both lists, and then no grade is judged", () => {
    const p = { ...pairOf("一年级", "三年级"), after: rowOf("after", 2, {}) };
    const span = spanOf([p]);
    expect(span).toMatchObject({ years: null, from: "none" });
    expect(gradeChanges([p], span)).toEqual([]);
  });

  it("reads 初一 and 七年级 as one grade, and says a senior-high repeat is not compulsory education", () => {
    const span = spanOf([], 1);
    expect(gradeChanges([pairOf("六年级", "初一")], span)).toEqual([]);
    expect(gradeChanges([pairOf("高一", "高一")], span)).toEqual([expect.objectContaining({ kind: "held-back", compulsory: false })]);
    expect(gradeChanges([pairOf("三年级", "四年级", ["(1)班", "（1）班"])], span)).toEqual([]);
  });
});

describe("placeCounts", () => {
  it("puts 1 and 一年级, (1)班 and （1）班 together, and keeps an unreadable grade as written", () => {
    const before = [rowOf("before", 2, { grade: "1", gradeInfo: g("1"), className: "(1)班" }), rowOf("before", 3, { grade: "学前", className: "" })];
    const after = [rowOf("after", 2, { grade: "一年级", gradeInfo: g("一年级"), className: "（1）班" })];
    expect(placeCounts(before, after).map((c) => [c.grade, c.className, c.before, c.after])).toEqual([
      ["一年级", "(1)班", 1, 1],
      ["学前", "", 1, 0],
    ]);
  });
});
