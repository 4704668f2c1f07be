import type { Template } from "../model/template";
import { graduation } from "./graduation";
import { national2013 } from "./national-2013";
import { nationalContinuation } from "./national-continuation";
import { juniorAdmission } from "./junior-admission";
import { newEntrant } from "./new-entrant";
import { roster } from "./roster";

/** Every template the checker recognises, most common first. */
export const templates: Template[] = [national2013, nationalContinuation, newEntrant, graduation, juniorAdmission];

/** The templates, and a bare roster (姓名 + 身份证件号, or 姓名 + 性别 + 出生日期) where one is enough: comparing two rosters. */
export const rosterPool: Template[] = [...templates, roster];

export function getTemplate(id: string): Template | undefined {
  return templates.find((t) => t.id === id);
}
