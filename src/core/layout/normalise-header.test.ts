import { normaliseHeader } from "./normalise-header";

describe("normaliseHeader", () => {
  it.each([
    ["姓名", "姓名"],
    ["★姓名", "姓名"],
    ["*姓名", "姓名"],
    ["＊姓名", "姓名"],
    ["姓 名", "姓名"],
    ["身份证件号\n(必填)", "身份证件号"],
    ["出生日期（必填）", "出生日期"],
    ["特长（选填）", "特长"],
    ["姓名(必填)*", "姓名"],
    ["上下学距离（公里）", "上下学距离(公里)"],
    ["上下学距离(公里)", "上下学距离(公里)"],
    ["国籍／地区", "国籍/地区"],
    // a bracket that is part of the caption stays
    ["毕（结）业结论", "毕(结)业结论"],
  ])("%j → %s", (input, out) => {
    expect(normaliseHeader(input)).toBe(out);
  });
});
