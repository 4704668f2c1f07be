import { fieldKinds } from "../fields";
import { column, fakeContext, runCell } from "../fields/test-helpers";
import { makeResidentId } from "../validators/test-ids";
import { exportQuirk } from "./export-quirks";

const id = makeResidentId({ birthDate: "20150304", sex: "女" });
const fixesOf = (kind: keyof typeof fieldKinds, raw: string, key: string = kind) =>
  runCell(fieldKinds[kind], column(kind, key, kind === "code" ? { codeList: "sex" } : {}), raw, {}, fakeContext()).normalised;

describe("text-export quirks", () => {
  it("takes the apostrophe off a digit string, and only there", () => {
    expect(exportQuirk(`'${id}`)).toEqual({ value: id, code: "fix/apostrophe" });
    expect(exportQuirk("'0571")).toEqual({ value: "0571", code: "fix/apostrophe" });
    expect(exportQuirk("'s-Hertogenbosch")).toBeNull();
    expect(exportQuirk("O'Neil")).toBeNull();
  });

  it("reads NULL, null and (空) as an empty cell", () => {
    for (const w of ["NULL", "null", "(空)", "（空）"]) expect(exportQuirk(w)).toEqual({ value: "", code: "fix/null-word" });
    expect(exportQuirk("NULLA")).toBeNull();
    expect(exportQuirk("空")).toBeNull();
  });

  it("is fixed and reported by every kind of field: ID numbers, phones, codes, free text", () => {
    expect(fixesOf("idNumber", `'${id}`, "idNumber")).toEqual({ value: id, fixes: [{ code: "fix/apostrophe", before: `'${id}`, after: id }] });
    expect(fixesOf("phone", "\t13812345678").fixes?.[0]).toMatchObject({ code: "fix/whitespace", after: "13812345678" });
    expect(fixesOf("code", "NULL")).toEqual({ value: "", fixes: [{ code: "fix/null-word", before: "NULL", after: "" }] });
    expect(fixesOf("text", "null")).toEqual({ value: "", fixes: [{ code: "fix/null-word", before: "null", after: "" }] });
  });
});
