import { DATONG } from "../messages/documents";
import { national } from "./national";
import type { Profile } from "./schema";

/**
 * 大同市 (山西): the 14-digit 学籍编号 YY CC N SSS P KKK NN of 000 第一篇 三.2, written to 学籍辅号.
 * County, ownership and school codes differ per school: the user sets them (profile `value` or the
 * school fields of the numbering dialog).
 */
export const datong: Profile = {
  ...national,
  id: "datong",
  name: "大同市（山西）",
  region: "山西省大同市",
  sources: [{ ref: DATONG }],
  // 十.2: 义务教育 students failing a subject after make-up get a 结业 certificate.
  graduation: { incompleteAllowedBelowSenior: true },
  numbering: {
    scheme: "pattern",
    name: "大同14位学籍编号",
    target: "auxNumber",
    fields: [
      { kind: "entryYear", length: 2 },
      { kind: "county", length: 2 },
      { kind: "ownership", length: 1 },
      { kind: "school", length: 3 },
      { kind: "stage", length: 1, map: { senior: "1", junior: "2", primary: "3" } },
      { kind: "class", length: 3 },
      { kind: "serial", length: 2 },
    ],
    source: { ref: `${DATONG}三、2`, note: "年份2 + 县区2 + 办学性质1(公办1 企办2 民办3) + 学校3 + 学段1(高中1 初中2 小学3) + 班级3 + 流水号2" },
  },
  citations: {
    ...national.citations,
    numbering: { ref: `${DATONG}三、2`, note: "学籍编号共十四位，全校的班级代码不得重复" },
    graduation: { ref: `${DATONG}十、2`, note: "补考仍有一科不及格的发给加盖“结业”字样的义务教育证书" },
  },
};
