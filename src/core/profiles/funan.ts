import { FUNAN, NONGAN, cite } from "../messages/documents";
import { national } from "./national";
import type { Profile } from "./schema";

/** 阜南县 (安徽): 000 第四篇 阜南县中小学学籍管理办法(试行). */
export const funan: Profile = {
  ...national,
  id: "funan",
  name: "阜南县（安徽）",
  region: "安徽省阜阳市阜南县",
  sources: [{ ref: FUNAN }],
  classCaps: { primary: 56, junior: 60, senior: 60 },
  deadlines: { grade1Registration: "09-20", graduation: "07-31" },
  citations: {
    ...national.citations,
    classCaps: { ref: `${FUNAN}第九条`, note: "小学每班不得超过 56 人，初中和高中每班不得超过 60 人；不得设立虚拟班级" },
    deadlines: { ref: cite(`${FUNAN}第八条、第十条`, `${NONGAN}第二十五条`), note: "新生 9 月 20 日前完成录入上报；毕业操作 7 月 31 日前" },
    numbering: { ref: `${FUNAN}第六条、第七条`, note: "系统自动分配学籍号和地区学号；身份证号为唯一标识" },
  },
};
