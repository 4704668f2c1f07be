import { leftBehindMigrant } from "./left-behind-migrant";
import { fakeContext, makeRow } from "./test-helpers";

function codes(leftBehind: string, migrantChild: string): string[] {
  const ctx = fakeContext();
  leftBehindMigrant.check(makeRow({ leftBehind, migrantChild }), ctx);
  return ctx.reports.map((r) => r.code);
}

describe("left-behind-migrant", () => {
  it.each([
    ["单亲留守儿童", "是", ["row/left-behind-migrant"]],
    ["双亲留守儿童", "是", ["row/left-behind-migrant"]],
    ["单亲留守儿童", "否", []],
    ["非留守儿童", "是", []],
    ["", "是", []],
  ])("%s + 随迁子女 %s", (lb, mc, expected) => {
    expect(codes(lb, mc)).toEqual(expected);
  });
});
