import type { CodeList } from "../../model/code-list";

/**
 * 国籍/地区 (GB/T 2659, aligned with ISO 3166-1): the template takes the Chinese short name, the alpha-3 code
 * is accepted and fixed to the name (TEMPLATES.md §2.3).
 * Coverage: NOT the full standard — China and the ~40 countries/regions a school is most likely to meet
 * (neighbours, main countries of origin of returning families). A value outside this list is reported as
 * unknown; a profile can add names through codeListAdditions.nationality.
 */
const ROWS: Array<[code: string, name: string, aliases?: string[]]> = [
  ["CHN", "中国", ["中华人民共和国", "CN", "中国大陆"]],
  ["HKG", "中国香港", ["香港", "HK"]],
  ["MAC", "中国澳门", ["澳门", "MO"]],
  ["TWN", "中国台湾", ["台湾", "TW"]],
  ["USA", "美国", ["美利坚合众国", "US"]],
  ["CAN", "加拿大", ["CA"]],
  ["GBR", "英国", ["GB", "UK"]],
  ["FRA", "法国", ["FR"]],
  ["DEU", "德国", ["DE"]],
  ["ITA", "意大利", ["IT"]],
  ["ESP", "西班牙", ["ES"]],
  ["NLD", "荷兰", ["NL"]],
  ["CHE", "瑞士", ["CH"]],
  ["SWE", "瑞典", ["SE"]],
  ["RUS", "俄罗斯", ["俄罗斯联邦", "RU"]],
  ["UKR", "乌克兰", ["UA"]],
  ["JPN", "日本", ["JP"]],
  ["KOR", "韩国", ["KR"]],
  ["PRK", "朝鲜", ["KP"]],
  ["MNG", "蒙古", ["蒙古国", "MN"]],
  ["KAZ", "哈萨克斯坦", ["KZ"]],
  ["KGZ", "吉尔吉斯斯坦", ["KG"]],
  ["TJK", "塔吉克斯坦", ["TJ"]],
  ["UZB", "乌兹别克斯坦", ["UZ"]],
  ["PAK", "巴基斯坦", ["PK"]],
  ["AFG", "阿富汗", ["AF"]],
  ["IND", "印度", ["IN"]],
  ["NPL", "尼泊尔", ["NP"]],
  ["BTN", "不丹", ["BT"]],
  ["MMR", "缅甸", ["MM"]],
  ["LAO", "老挝", ["LA"]],
  ["VNM", "越南", ["VN"]],
  ["THA", "泰国", ["TH"]],
  ["KHM", "柬埔寨", ["KH"]],
  ["MYS", "马来西亚", ["MY"]],
  ["SGP", "新加坡", ["SG"]],
  ["IDN", "印度尼西亚", ["印尼", "ID"]],
  ["PHL", "菲律宾", ["PH"]],
  ["AUS", "澳大利亚", ["澳洲", "AU"]],
  ["NZL", "新西兰", ["NZ"]],
  ["BRA", "巴西", ["BR"]],
  ["ARG", "阿根廷", ["AR"]],
  ["ZAF", "南非", ["ZA"]],
  ["EGY", "埃及", ["EG"]],
  ["NGA", "尼日利亚", ["NG"]],
];

export const nationality: CodeList = {
  id: "nationality",
  name: "国籍/地区",
  standard: "GB/T 2659 / ISO 3166-1 alpha-3 (TEMPLATES.md §2.3; partial list)",
  entries: ROWS.map(([code, name, aliases]) => ({ code, name, aliases })),
};
