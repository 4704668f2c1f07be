import type { Template } from "../../model/template";
import { profileSchema, type Profile, type ProfileInput } from "../../profiles/schema";
import { createCodeLists } from "../../codes";
import type { IssueDraft, RowView, RuleContext } from "../types";

/** Test helpers for rules: an inline profile, a recording context and a row made from plain values. */

export function testProfile(overrides: Partial<ProfileInput> = {}): Profile {
  return profileSchema.parse({
    id: "test",
    name: "测试配置",
    sources: [{ ref: "《中华人民共和国义务教育法》第十一条" }],
    schoolSystem: "6-3",
    classCaps: { primary: 45, junior: 50 },
    bands: { large: 56, superLarge: 66 },
    entryAge: { cutoff: "08-31", minAge: 6, maxAge: 7 },
    graduation: { incompleteAllowedBelowSenior: false },
    numbering: { scheme: "national" },
    ...overrides,
  });
}

const BARE_TEMPLATE: Template = { id: "national-2013", name: "测试", description: "", source: "", columns: [], identifyBy: [] };

export interface RecordingContext extends RuleContext {
  reports: IssueDraft[];
}

export function fakeContext(opts: { profile?: Profile; today?: string; template?: Template } = {}): RecordingContext {
  const profile = opts.profile ?? testProfile();
  const reports: IssueDraft[] = [];
  return {
    profile,
    template: opts.template ?? BARE_TEMPLATE,
    codeLists: createCodeLists(profile),
    today: opts.today ?? "20251015",
    reports,
    report: (issue) => reports.push(issue),
  };
}

/** A row whose sheet has exactly the given keys (absent keys: no such column). */
export function makeRow(values: Record<string, string>, row = 3): RowView {
  return {
    row,
    get: (key) => values[key] ?? "",
    raw: (key) => (key in values ? values[key] : undefined),
    has: (key) => key in values,
  };
}
