import { NONGAN } from "../messages/documents";
import { national } from "./national";
import type { Profile } from "./schema";

/** 农安县 (吉林): 001 农安县义务教育学校学籍管理办法. */
export const nongan: Profile = {
  ...national,
  id: "nongan",
  name: "农安县（吉林）",
  region: "吉林省长春市农安县",
  sources: [{ ref: NONGAN }],
  classCaps: { primary: 45, junior: 50 },
  entryAge: { cutoff: "08-31", minAge: 6, maxAge: 7 },
  deadlines: { graduation: "07-31", promotion: "08-10" },
  citations: {
    ...national.citations,
    classCaps: { ref: `${NONGAN}第六条`, note: "小学班额不超过 45 人，初中班额不超过 50 人" },
    entryAge: { ref: `${NONGAN}第四条、第七条`, note: "截至当年 8 月 31 日未满 6 周岁不得入学" },
    deadlines: { ref: `${NONGAN}第二十五条`, note: "升级 8 月 10 日；毕业操作 7 月 31 日前完成" },
    numbering: { ref: `${NONGAN}第十一条`, note: "学籍号以学生居民身份证号为基础生成，一人一号、终身不变" },
  },
};
