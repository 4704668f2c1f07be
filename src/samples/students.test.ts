import { validateResidentId } from "../core/validators/resident-id";
import { generateStudents } from "./students";

describe("generateStudents", () => {
  const students = generateStudents({ count: 600, seed: 5, schoolYear: 2025, grades: [1, 4], classSize: 45 });

  it("is deterministic for a seed", () => {
    expect(generateStudents({ count: 600, seed: 5, schoolYear: 2025, grades: [1, 4], classSize: 45 })).toEqual(students);
    expect(generateStudents({ count: 600, seed: 6, schoolYear: 2025, grades: [1, 4] })[0].name).not.toBe(students[0].name);
  });

  it("gives every student and parent a unique ID with a valid check character that agrees with the columns", () => {
    const ids = students.flatMap((s) => [s.idNumber, s["member1.idNumber"], s["member2.idNumber"]]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of students) {
      expect(validateResidentId(s.idNumber, { today: "20250915" }).ok).toBe(true);
      expect(s.idNumber.slice(6, 14)).toBe(s.birthDate);
      expect(Number(s.idNumber[16]) % 2 === 1 ? "男" : "女").toBe(s.sex);
    }
  });

  it("gives birth dates that fit the grade under an 08-31 cut-off", () => {
    for (const s of students) {
      const grade1Year = s.grade === "一年级" ? 2025 : 2022;
      expect(s.birthDate >= `${grade1Year - 7}0901` && s.birthDate <= `${grade1Year - 6}0831`).toBe(true);
    }
  });

  it("fills classes up to the class size", () => {
    const grade1 = students.filter((s) => s.grade === "一年级");
    expect(grade1.filter((s) => s.className === "1班")).toHaveLength(45);
    expect(students.filter((s) => s.grade === "四年级")).toHaveLength(300);
  });
});
