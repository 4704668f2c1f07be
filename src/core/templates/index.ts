import type { Template } from "../model/template";
import { graduation } from "./graduation";
import { national2013 } from "./national-2013";
import { nationalContinuation } from "./national-continuation";
import { juniorAdmission } from "./junior-admission";
import { newEntrant } from "./new-entrant";

/** Every template the checker recognises, most common first. */
export const templates: Template[] = [national2013, nationalContinuation, newEntrant, graduation, juniorAdmission];

export function getTemplate(id: string): Template | undefined {
  return templates.find((t) => t.id === id);
}
