import { getTemplate, templates } from "../templates";
import { detectLayout } from "./detect";
import { closestMissingField } from "./closest-field";

const national = getTemplate("national-2013")!;

describe("closestMissingField", () => {
  it("suggests the missing field an unknown header most likely means", () => {
    expect(closestMissingField("现住址址", national, new Set())).toBe("现住址");
    expect(closestMissingField("联系电话号码", national, new Set())).toBe("联系电话");
  });

  it("suggests nothing for a header unlike any field, or for a field already present", () => {
    expect(closestMissingField("备注", national, new Set())).toBeNull();
    expect(closestMissingField("联系电话号码", national, new Set(["phone"]))).toBeNull();
  });

  it("is said once, as a question, on the header row when a sheet has such a column", () => {
    const headers = national.columns.map((c) => (c.key === "phone" ? "联系电话号码" : c.header));
    const r = detectLayout({ sheet: "S", rows: [headers, headers.map(() => "x")] }, templates, {});
    const similar = r.issues.filter((i) => i.code === "header/similar");
    expect(similar).toHaveLength(1);
    expect(similar[0].params).toMatchObject({ header: "联系电话号码", suggestion: "联系电话" });
  });
});
