import { residentIdCheckChar } from "../validators/resident-id";
import { makeResidentId } from "../validators/test-ids";
import { registerNumberField } from "./register-number";
import { codesOf, column, runCell } from "./test-helpers";

const REGNO = column("registerNumber", "registerNumber");

describe("registerNumber field", () => {
  const id = makeResidentId();

  it("G + the row's ID: nothing to say", () => {
    expect(runCell(registerNumberField, REGNO, "G" + id, { idNumber: id }).reports).toEqual([]);
  });
  it("lower case and spaces are fixed", () => {
    const run = runCell(registerNumberField, REGNO, "g" + id.slice(0, 9) + " " + id.slice(9), { idNumber: id });
    expect(run.normalised.value).toBe("G" + id);
    expect(codesOf(run)).toEqual(["fix/uppercase"]);
  });
  it("G differing from a valid ID is a warning (the ID may have changed)", () => {
    const other = makeResidentId({ seq: 40 });
    const run = runCell(registerNumberField, REGNO, "G" + other, { idNumber: id });
    expect(run.reports).toEqual([expect.objectContaining({ code: "regno/id-mismatch", params: { idNumber: id } })]);
  });
  it("G is not compared with an ID that is itself invalid (the ID check reports that)", () => {
    const badId = id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
    expect(runCell(registerNumberField, REGNO, "G" + id, { idNumber: badId }).reports).toEqual([]);
  });
  it("G with a bad check char", () => {
    const bad = id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
    const run = runCell(registerNumberField, REGNO, "G" + bad);
    expect(run.reports).toEqual([expect.objectContaining({ code: "regno/checksum", params: { expected: id[17], length: 19 } })]);
  });
  it("J and L numbers", () => {
    const j17 = "11010520150304001";
    expect(runCell(registerNumberField, REGNO, "J" + j17 + residentIdCheckChar(j17)).reports).toEqual([]);
    expect(runCell(registerNumberField, REGNO, "L110105201503041234").reports).toEqual([]);
  });
  it.each([
    ["L11010520150304123", "regno/length"],
    ["X110105201503041234", "regno/prefix"],
    ["L11010520150304123A", "regno/format"],
    ["L110105201502301234", "regno/birthdate"],
    ["L990105201503041234", "regno/region"],
  ])("%s → %s", (value, code) => {
    expect(codesOf(runCell(registerNumberField, REGNO, value))).toEqual([code]);
  });
});
