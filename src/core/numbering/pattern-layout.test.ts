import { resolvePattern } from "./pattern-layout";

describe("resolvePattern", () => {
  it("finds the serial's position and pads school values", () => {
    const layout = resolvePattern(
      [
        { kind: "county", length: 2 },
        { kind: "serial", length: 3 },
        { kind: "class", length: 2 },
      ],
      { county: "5" },
    );
    expect(layout).toMatchObject({ fixed: ["05", null, null], serialIndex: 1, serialStart: 2, serialLength: 3, totalLength: 7 });
  });

  it("refuses a pattern without a serial or with two", () => {
    expect(resolvePattern([{ kind: "class", length: 3 }], {})).toEqual({ code: "number/pattern-field-missing", field: "流水号（serial）" });
    expect(
      resolvePattern(
        [
          { kind: "serial", length: 2 },
          { kind: "serial", length: 2 },
        ],
        {},
      ),
    ).toMatchObject({ code: "number/pattern-field-invalid" });
  });

  it("refuses a stage map whose digits do not fit the field", () => {
    const bad = resolvePattern([{ kind: "stage", length: 1, map: { primary: "小" } }, { kind: "serial", length: 2 }], {});
    expect(bad).toEqual({ code: "number/pattern-field-invalid", field: "学段代码（stage）", value: "小" });
  });

  it("prefers the profile's value over the user's school fields, and rejects a too-long value", () => {
    const layout = resolvePattern([{ kind: "school", length: 3, value: "042" }, { kind: "serial", length: 2 }], { school: "999" });
    expect(layout).toMatchObject({ fixed: ["042", null] });
    expect(resolvePattern([{ kind: "school", length: 3 }, { kind: "serial", length: 2 }], { school: "1234" })).toMatchObject({
      code: "number/pattern-field-invalid",
      value: "1234",
    });
  });
});
