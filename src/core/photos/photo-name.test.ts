import { makeResidentId } from "../validators/test-ids";
import { normaliseIdText, readPhotoName } from "./photo-name";

const male = makeResidentId({ birthDate: "20180905", sex: "男", seq: 21 });
// an ID whose check character is X, to plant a lower-case x
const withX = (() => {
  for (let seq = 1; seq < 999; seq++) {
    const id = makeResidentId({ birthDate: "20180101", seq });
    if (id.endsWith("X")) return id;
  }
  throw new Error("no X check character found");
})();

describe("readPhotoName", () => {
  it("accepts 身份证件号.jpg as it is", () => {
    expect(readPhotoName(`${male}.jpg`)).toEqual({ kind: "id", id: male, fixedName: null, fixes: [] });
  });

  it("fixes a lower-case x, spaces, full-width digits and .JPG/.jpeg, saying which", () => {
    const lower = withX.slice(0, 17) + "x";
    expect(readPhotoName(`${lower}.jpg`)).toEqual({ kind: "id", id: withX, fixedName: `${withX}.jpg`, fixes: ["lower-x"] });
    expect(readPhotoName(`${male}.JPG`)).toMatchObject({ id: male, fixedName: `${male}.jpg`, fixes: ["extension"] });
    expect(readPhotoName(`${male}.jpeg`)).toMatchObject({ fixedName: `${male}.jpg`, fixes: ["extension"] });
    expect(readPhotoName(` ${male.slice(0, 6)} ${male.slice(6)}\u3000.jpg`)).toMatchObject({ fixedName: `${male}.jpg`, fixes: ["spaces"] });
    const fullWidth = [...male].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("");
    expect(readPhotoName(`${fullWidth}.Jpg`)).toMatchObject({ id: male, fixes: ["full-width", "extension"] });
  });

  it("says why a name is no valid ID: check digit (with the one it should be), length, or no number at all", () => {
    const wrong = male.slice(0, 17) + (male[17] === "1" ? "2" : "1");
    expect(readPhotoName(`${wrong}.jpg`)).toMatchObject({ kind: "invalid", why: "checksum", expected: male[17] });
    expect(readPhotoName(`${male.slice(0, 16)}.jpg`)).toMatchObject({ kind: "invalid", why: "length" });
    expect(readPhotoName("张三.jpg")).toEqual({ kind: "invalid", base: "张三", why: "not-a-number" });
    expect(readPhotoName(`${male} 张三.jpg`)).toMatchObject({ kind: "invalid", why: "length" });
  });

  it("knows the no-ID naming 学校标识码_班号_姓名", () => {
    expect(readPhotoName("3141000001_2025011_李四.jpg")).toEqual({
      kind: "no-id", schoolCode: "3141000001", classCode: "2025011", name: "李四", fixedName: null, fixes: [],
    });
    expect(readPhotoName("3141000001_2025011_李四.JPEG")).toMatchObject({ kind: "no-id", fixedName: "3141000001_2025011_李四.jpg" });
  });
});

describe("normaliseIdText", () => {
  it("cleans an ID as a roster cell may hold it", () => {
    expect(normaliseIdText(` ${withX.slice(0, 17)}x `)).toBe(withX);
  });
});
