import { parseGrade } from "../../grade";
import { gradeOf } from "./grade-cache";

describe("gradeOf", () => {
  it("answers like parseGrade, per school system", () => {
    for (const t of ["一年级", "六年级", "初一", "高三", "7", "幼儿园"]) {
      expect(gradeOf(t, "6-3")).toEqual(parseGrade(t, "6-3"));
      expect(gradeOf(t, "5-4")).toEqual(parseGrade(t, "5-4"));
    }
    // the same text under the other system must not reuse the first answer
    expect(gradeOf("六年级", "5-4")!.stage).toBe("junior");
    expect(gradeOf("六年级", "6-3")!.stage).toBe("primary");
  });

  it("is null for an empty grade", () => {
    expect(gradeOf("", "6-3")).toBeNull();
  });

  it("stays correct past its size bound", () => {
    for (let i = 0; i < 600; i++) gradeOf(`X${i}`, "6-3");
    expect(gradeOf("初二", "6-3")!.grade).toBe(8);
  });
});
