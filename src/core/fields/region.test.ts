import { regionField } from "./region";
import { codesOf, column, runCell } from "./test-helpers";

describe("region field", () => {
  const REGION = column("region", "householdRegion");
  it("12 digits of a real county", () => {
    expect(runCell(regionField, REGION, "110105000000").reports).toEqual([]);
    expect(runCell(regionField, REGION, 110105000000).reports).toEqual([]);
  });
  it("a 6-digit county code gets 000000", () => {
    expect(runCell(regionField, REGION, "110105")).toEqual({
      normalised: { value: "110105000000", fixes: [{ code: "fix/region-suffix", before: "110105", after: "110105000000" }] },
      reports: [],
    });
  });
  it("unknown county or wrong shape", () => {
    expect(runCell(regionField, REGION, "990105000000").reports).toEqual([expect.objectContaining({ code: "cell/region-unknown", params: { region: "990105" } })]);
    expect(codesOf(runCell(regionField, REGION, "北京市朝阳区"))).toEqual(["cell/region-format"]);
    expect(codesOf(runCell(regionField, REGION, "1101050000"))).toEqual(["cell/region-format"]);
  });
});
