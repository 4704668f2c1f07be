import type { SheetTable } from "../core";
import { makeResidentId } from "../core/validators/test-ids";

const GIVEN = "甲乙丙丁戊己庚辛壬癸";

/** Made-up names without digits (a digit in a name is itself an error): 测试甲, 测试乙 … */
export function testName(i: number): string {
  return `测试${GIVEN[i % 10]}${i >= 10 ? GIVEN[Math.floor(i / 10) % 10] : ""}`;
}

/**
 * A synthetic 新生名单 sheet for UI and worker tests: `good` clean rows, then one row with a wrong ID
 * check character, then one row duplicating the first row's ID. Names are obviously made up.
 */
export function newEntrantTable(good = 3, sheet = "新生名单"): SheetTable {
  const rows: (string | number | null)[][] = [["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码"]];
  for (let i = 0; i < good; i++) {
    const sex = i % 2 ? "女" : "男";
    const id = makeResidentId({ birthDate: "20190304", sex, seq: 10 + i * 2 });
    rows.push([testName(i), sex, "20190304", "居民身份证", id]);
  }
  const valid = makeResidentId({ birthDate: "20190304", sex: "男", seq: 501 });
  const wrongCheck = valid.slice(0, 17) + (valid[17] === "0" ? "1" : "0");
  rows.push(["张小明", "男", "20190304", "居民身份证", wrongCheck]);
  rows.push(["李·阿依", "男", "20190304", "居民身份证", rows[1][4]]);
  return { sheet, rows };
}
