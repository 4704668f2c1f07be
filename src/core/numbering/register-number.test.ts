import { residentIdCheckChar } from "../validators/resident-id";
import { makeResidentId } from "../validators/test-ids";
import { isValidRegisterNumber } from "./register-number";

describe("isValidRegisterNumber", () => {
  const id = makeResidentId({ birthDate: "20170612", seq: 41 });

  it("accepts G + a valid resident ID and rejects a wrong check character", () => {
    expect(isValidRegisterNumber("G" + id)).toBe(true);
    const wrong = id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
    expect(isValidRegisterNumber("G" + wrong)).toBe(false);
  });

  it("accepts J numbers with a GB 11643 check character and a real date", () => {
    const body = "140202" + "20170612" + "003";
    expect(isValidRegisterNumber("J" + body + residentIdCheckChar(body))).toBe(true);
    const badDate = "140202" + "20170231" + "003";
    expect(isValidRegisterNumber("J" + badDate + residentIdCheckChar(badDate))).toBe(false);
  });

  it("accepts L numbers with a real date and four digits, no checksum", () => {
    expect(isValidRegisterNumber("L140202201706121234")).toBe(true);
    expect(isValidRegisterNumber("L140202201713011234")).toBe(false);
  });

  it("rejects what registrars paste by mistake: the bare ID, 16-digit local numbers, spaces", () => {
    expect(isValidRegisterNumber(id)).toBe(false);
    expect(isValidRegisterNumber("G1402022017061200")).toBe(false);
    expect(isValidRegisterNumber("G " + id.slice(1))).toBe(false);
    expect(isValidRegisterNumber("")).toBe(false);
  });
});
