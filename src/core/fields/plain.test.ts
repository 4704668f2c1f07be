import fc from "fast-check";
import { NOT_PLAIN, PLAIN_VALID, type FieldKindHandler } from "../rules/types";
import { fieldKinds } from ".";
import { makeResidentId } from "../validators/test-ids";
import { column, fakeContext, makeRow } from "./test-helpers";

/**
 * The engine stores a cell its handler calls plain as it is, without normalise(), and skips check() when it
 * is PLAIN_VALID: so plain() must never say more than normalise() and check() would.
 */
const withPlain = Object.entries(fieldKinds).filter((e): e is [string, FieldKindHandler & Required<Pick<FieldKindHandler, "plain">>] => !!e[1].plain);

// cells like the ones plain() is for, one slip away from them, and anything at all
const near = fc.oneof(
  fc.constantFrom("张三", "欧阳娜娜", "阿依·买买提", "Anna Li", "张 三", "张三 ", "13800138000", "138 0013 8000", "+8613800138000", "12800138000"),
  fc.constantFrom("安徽省合肥市瑶海区幸福路169号", "幸福路１６９号", "幸福路\u200b169号", "a\tb", "x".repeat(40)),
  fc.constantFrom(makeResidentId({ birthDate: "20190305" }), makeResidentId({ birthDate: "20190305" }).toLowerCase(), "11010519491231002X"),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(..."0123456789Xx 张三·.-"), maxLength: 20 }),
);
// rows with every ID type the check looks at, so PLAIN_VALID holds whatever the row says
const rows: Record<string, string>[] = [{}, { idType: "居民身份证" }, { idType: "护照" }, { idType: "港澳台居民居住证" }, { idType: "其他" }];

describe("plain() fast paths", () => {
  it("covers the kinds of the columns whose cells seldom repeat", () => {
    expect(withPlain.map(([k]) => k).sort()).toEqual(["idNumber", "name", "phone", "text"]);
  });

  it.each(withPlain)("%s: a plain cell is its own normalised value; a PLAIN_VALID one has nothing to report", (kind, handler) => {
    const col = column(kind as never, "field", { maxLength: 20 });
    fc.assert(
      fc.property(near, (raw) => {
        const verdict = handler.plain(raw, col);
        if (verdict === NOT_PLAIN) return;
        const ctx = fakeContext({ today: "20260101" });
        const n = handler.normalise(raw, col, ctx);
        expect(n.value).toBe(raw);
        expect(n.fixes).toBeUndefined();
        if (verdict !== PLAIN_VALID) return;
        for (const others of rows) handler.check?.({ raw, value: raw, column: col, row: makeRow({ ...others, field: raw }) }, ctx);
        expect(ctx.reports).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("says plain for the common cells and leaves the rest to normalise()", () => {
    const text = column("text", "currentAddress", { maxLength: 10 });
    expect(fieldKinds.text.plain!("幸福路169号", text)).toBe(PLAIN_VALID);
    // too long: still its own value, but check() has to say so
    expect(fieldKinds.text.plain!("安徽省合肥市瑶海区幸福路169号", text)).not.toBe(PLAIN_VALID);
    expect(fieldKinds.text.plain!("幸福路１６９号", text)).toBe(NOT_PLAIN);
    expect(fieldKinds.name.plain!("欧阳娜娜", column("name", "name"))).toBe(PLAIN_VALID);
    expect(fieldKinds.name.plain!("张 三", column("name", "name"))).toBe(NOT_PLAIN);
    expect(fieldKinds.phone.plain!("13800138000", column("phone", "phone"))).toBe(PLAIN_VALID);
    // the shape of an ID says nothing of its checksum: check() still runs
    expect(fieldKinds.idNumber.plain!("110105194912310021", column("idNumber", "idNumber"))).not.toBe(PLAIN_VALID);
    expect(fieldKinds.idNumber.plain!("11010519491231002x", column("idNumber", "idNumber"))).toBe(NOT_PLAIN);
  });
});
