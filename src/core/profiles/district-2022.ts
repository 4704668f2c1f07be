import { DISTRICT_2022 } from "../messages/documents";
import { national } from "./national";
import type { Profile } from "./schema";

/** A district's 2022 register requirements (seed 003): entry grades at most 55, no class of 56 or more. */
export const district2022: Profile = {
  ...national,
  id: "district-2022",
  name: "某区 2022 年学籍管理要求",
  sources: [{ ref: DISTRICT_2022 }],
  // 003 forbids classes of 56 or more ("不得出现56人以上大班额") without naming other caps.
  classCaps: { primary: 55, junior: 55, senior: 55, entryGrade: 55 },
  deadlines: { grade1Registration: "09-30", grade7Registration: "10-31" },
  citations: {
    ...national.citations,
    classCaps: { ref: `${DISTRICT_2022}（三）2`, note: "起始年级不得出现 56 人以上大班额（班额不超过 55 人）" },
    classBalance: { ref: `${DISTRICT_2022}（三）3`, note: "落实平均分班，保持年级班额相对均衡" },
    deadlines: { ref: `${DISTRICT_2022}（三）6`, note: "一年级学籍注册 9 月底完成，七年级 10 月底完成" },
  },
};
