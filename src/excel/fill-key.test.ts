import { applyFillKey, fillKey, fillKeyFromColor, NO_FILL } from "./fill-key";

describe("fill keys", () => {
  it("tells no fill, solid and patterned fills apart", () => {
    expect(fillKey({ color: "#FFFFFF", pattern: "None" })).toBe(NO_FILL);
    expect(fillKey({ color: "#ffffff", pattern: "Solid" })).toBe("#FFFFFF"); // a deliberate white fill is kept
    expect(fillKey({ color: "#ffff00", pattern: "Gray50", patternColor: "#ff0000" })).toBe("#FFFF00|Gray50|#FF0000");
  });

  it("takes white as no fill when only the colour can be read", () => {
    expect(fillKeyFromColor("#FFFFFF")).toBe(NO_FILL);
    expect(fillKeyFromColor("#92d050")).toBe("#92D050");
    expect(fillKeyFromColor(null)).toBe(NO_FILL);
  });

  it("puts each kind back with the matching calls", () => {
    const calls: string[] = [];
    const fill = {
      clear: () => calls.push("clear"),
      set color(v: string) {
        calls.push(`color ${v}`);
      },
      set pattern(v: string) {
        calls.push(`pattern ${v}`);
      },
      set patternColor(v: string) {
        calls.push(`patternColor ${v}`);
      },
    } as unknown as Excel.RangeFill;
    applyFillKey(fill, NO_FILL);
    applyFillKey(fill, "#00B0F0");
    applyFillKey(fill, "#FFFF00|Gray50|#FF0000");
    expect(calls).toEqual(["clear", "color #00B0F0", "color #FFFF00", "pattern Gray50", "patternColor #FF0000"]);
  });
});
