import type { Rng } from "./rng";

/** Made-up names: a common surname and one or two syllables, so no fixture is a real person's name. */
const SURNAMES = ["张", "李", "王", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"];
const SYLLABLES = ["小", "明", "子", "涵", "雨", "轩", "浩", "然", "欣", "怡", "梓", "萱", "宇", "航", "思", "远", "一", "诺", "佳", "晨", "嘉", "睿", "博", "文", "琪", "阳", "乐", "安"];

export function makeName(rng: Rng, surname = rng.pick(SURNAMES)): string {
  const given = rng.pick(SYLLABLES) + (rng.chance(0.8) ? rng.pick(SYLLABLES) : "");
  return surname + given;
}

/**
 * County codes from the GB/T 2260 timeline that existed before 1980 and still exist, with the place
 * name a registrar would write as 籍贯 and the postcode prefix of the area.
 */
export const REGIONS: ReadonlyArray<{ code: string; place: string; postcode: string }> = [
  { code: "110105", place: "北京市朝阳区", postcode: "100020" },
  { code: "340102", place: "安徽省合肥市瑶海区", postcode: "230011" },
  { code: "340104", place: "安徽省合肥市蜀山区", postcode: "230031" },
  { code: "340111", place: "安徽省合肥市包河区", postcode: "230041" },
  { code: "340121", place: "安徽省长丰县", postcode: "231100" },
  { code: "330203", place: "浙江省宁波市海曙区", postcode: "315000" },
  { code: "220122", place: "吉林省农安县", postcode: "130200" },
  { code: "310101", place: "上海市黄浦区", postcode: "200001" },
];

/** YYYYMMDD of a day drawn uniformly between two dates (inclusive). */
export function dayBetween(rng: Rng, from: string, to: string): string {
  const t0 = Date.UTC(+from.slice(0, 4), +from.slice(4, 6) - 1, +from.slice(6, 8));
  const t1 = Date.UTC(+to.slice(0, 4), +to.slice(4, 6) - 1, +to.slice(6, 8));
  const d = new Date(t0 + rng.int(0, Math.round((t1 - t0) / 86_400_000)) * 86_400_000);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** An 11-digit mobile number of the usual shape; the digits are random. */
export function makePhone(rng: Rng): string {
  return `${rng.pick(["139", "158", "186"])}${String(rng.int(0, 99_999_999)).padStart(8, "0")}`;
}
