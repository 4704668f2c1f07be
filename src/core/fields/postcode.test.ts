import { postcodeField } from "./postcode";
import { codesOf, column, runCell } from "./test-helpers";

describe("postcode field", () => {
  const POST = column("postcode", "postcode");
  it("6 digits", () => expect(runCell(postcodeField, POST, "100020").reports).toEqual([]));
  it("a 5-digit number lost its leading zero: restored", () => {
    expect(runCell(postcodeField, POST, 10010)).toEqual({
      normalised: { value: "010010", fixes: [{ code: "fix/postcode-zero", before: "10010", after: "010010" }] },
      reports: [],
    });
  });
  it("5 digits typed as text: said, with the likely fix", () => {
    expect(runCell(postcodeField, POST, "10010").reports).toEqual([expect.objectContaining({ code: "cell/postcode-lost-zero", fix: "010010" })]);
  });
  it("other shapes", () => expect(codesOf(runCell(postcodeField, POST, "1000"))).toEqual(["cell/postcode-format"]));
});
