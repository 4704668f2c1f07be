import { nameField } from "./name";
import { codesOf, column, runCell } from "./test-helpers";

const NAME = column("name", "name");
const MEMBER_NAME = column("name", "member1.name");

describe("name field", () => {
  it("a clean Chinese name needs nothing", () => {
    expect(runCell(nameField, NAME, "张小明")).toEqual({ normalised: { value: "张小明" }, reports: [] });
    expect(runCell(nameField, NAME, "李·阿依").reports).toEqual([]);
  });
  it("spaces inside a Chinese name are removed", () => {
    const run = runCell(nameField, NAME, "张 小明 ");
    expect(run.normalised).toEqual({ value: "张小明", fixes: [{ code: "fix/whitespace", before: "张 小明 ", after: "张小明" }] });
  });
  it("other dots become the middle dot", () => {
    expect(runCell(nameField, NAME, "李•阿依").normalised).toEqual({
      value: "李·阿依",
      fixes: [{ code: "fix/name-dot", before: "李•阿依", after: "李·阿依" }],
    });
    expect(runCell(nameField, NAME, "李．阿依").normalised.value).toBe("李·阿依");
  });
  it.each([
    ["张小明2", "cell/name-digit", "2"],
    ["zhang小明", "cell/name-latin", "zhang"],
    ["张小明(小名)", "cell/name-symbol", "()"],
    ["李·", "cell/name-dot", "·"],
  ])("%s → %s", (raw, code, chars) => {
    const run = runCell(nameField, NAME, raw);
    expect(run.reports).toEqual([expect.objectContaining({ code, params: { chars } })]);
  });
  it("Latin names are fine for the holder of a foreign document, looked up per person", () => {
    expect(runCell(nameField, NAME, "Tom Smith", { idType: "护照" }).reports).toEqual([]);
    expect(runCell(nameField, MEMBER_NAME, "Tom Smith", { "member1.idType": "台湾居民来往大陆通行证" }).reports).toEqual([]);
    expect(codesOf(runCell(nameField, MEMBER_NAME, "Tom Smith", { idType: "护照", "member1.idType": "居民身份证" }))).toEqual([
      "cell/name-latin",
    ]);
  });
  it("respects the column's maxLength", () => {
    const short = column("name", "name", { maxLength: 4 });
    expect(codesOf(runCell(nameField, short, "阿依古丽·买买提"))).toEqual(["cell/too-long"]);
  });
});
