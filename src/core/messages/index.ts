import type { Issue } from "../model/issue";
import { engineMessages } from "./engine";
import { fieldMessages } from "./fields";
import { layoutMessages } from "./layout";
import { rowMessages } from "./rows";
import { tableMessages } from "./table";
import type { Catalogue, CatalogueEntry } from "./types";

export type { Catalogue, CatalogueEntry } from "./types";
export type Lang = "zh" | "en";

function merge(parts: Catalogue[]): Catalogue {
  const out: Catalogue = {};
  for (const part of parts) {
    for (const [code, entry] of Object.entries(part)) {
      if (out[code]) throw new Error(`duplicate message code ${code}`);
      out[code] = entry;
    }
  }
  return out;
}

/** Every issue code the engine can emit, with its severity, source and words. */
export const catalogue: Catalogue = merge([engineMessages, fieldMessages, layoutMessages, rowMessages, tableMessages]);

const UNKNOWN: CatalogueEntry = {
  severity: "error",
  source: "",
  zh: "未知问题（{code}）。",
  en: "Unknown problem ({code}).",
};

export function entryFor(code: string): CatalogueEntry {
  return catalogue[code] ?? UNKNOWN;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The message for an issue without its place: "身份证件号校验位不对 …". */
export function issueText(issue: Issue, lang: Lang = "zh"): string {
  const entry = entryFor(issue.code);
  const vars: Record<string, string | number | undefined> = {
    code: issue.code,
    value: issue.value,
    fix: issue.fix,
    header: issue.header ?? issue.key,
    column: issue.column,
    row: issue.row,
    sheet: issue.sheet,
    ...issue.params,
  };
  return entry[lang].replace(PLACEHOLDER, (_m, name: string) => {
    const v = vars[name];
    return v === undefined || v === "" ? (lang === "zh" ? "（空）" : "(empty)") : String(v);
  });
}

/** Where an issue is, as a registrar reads it: "第 5 行 G 列「身份证件号」". */
export function issuePlace(issue: Issue, lang: Lang = "zh"): string {
  const parts: string[] = [];
  if (lang === "zh") {
    if (issue.row !== undefined) parts.push(`第 ${issue.row} 行`);
    if (issue.column) parts.push(`${issue.column} 列`);
    if (issue.header) parts.push(`「${issue.header}」`);
    return parts.length ? parts.join(" ") : `工作表「${issue.sheet}」`;
  }
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (issue.column) parts.push(`column ${issue.column}`);
  if (issue.header) parts.push(`“${issue.header}”`);
  return parts.length ? parts.join(", ") : `sheet “${issue.sheet}”`;
}

/** Place and message together, for lists and reports. */
export function renderIssue(issue: Issue, lang: Lang = "zh"): string {
  return `${issuePlace(issue, lang)}${lang === "zh" ? "：" : ": "}${issueText(issue, lang)}`;
}
