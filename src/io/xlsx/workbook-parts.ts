/**
 * Finds a workbook's parts the way Excel does — [Content_Types] / _rels/.rels → workbook.xml and its
 * rels — instead of assuming "xl/worksheets/sheet1.xml": other writers name and place parts freely.
 */
import { entryText, InflateBudget } from "../zip/inflate";
import { ZipArchive, ZipError } from "../zip/zip-archive";
import { findTags } from "./xml-attrs";

export interface SheetPart {
  name: string;
  /** e.g. "xl/worksheets/sheet1.xml" */
  path: string;
  state: "visible" | "hidden" | "veryHidden";
  sheetId: string;
  rId: string;
}

export interface WorkbookParts {
  workbookPath: string;
  /** workbook order */
  sheets: SheetPart[];
  date1904: boolean;
  sharedStringsPath?: string;
  stylesPath?: string;
  calcChainPath?: string;
}

const REL_OFFICE_DOC = /\/officeDocument$/;
const WORKBOOK_TYPES = /spreadsheetml\.(sheet|template)\.main\+xml$|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml$/;

/** A relationship target resolved against the part that owns it ("/xl/a.xml" is absolute, "../x" climbs) */
export function resolveTarget(sourcePath: string, target: string): string {
  const t = target.replace(/\\/g, "/");
  const base = t.startsWith("/") ? [] : sourcePath.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function readRels(zip: ZipArchive, budget: InflateBudget, partPath: string): Rel[] {
  const entry = zip.get(relsPathOf(partPath));
  if (!entry) return [];
  return findTags(entryText(entry, budget), "Relationship").map((a) => ({
    id: a.get("Id") ?? "",
    type: a.get("Type") ?? "",
    target: a.get("Target") ?? "",
    external: a.get("TargetMode") === "External",
  }));
}

function findWorkbookPath(zip: ZipArchive, budget: InflateBudget): string {
  for (const rel of readRels(zip, budget, "")) {
    if (!rel.external && REL_OFFICE_DOC.test(rel.type)) {
      const path = resolveTarget("", rel.target);
      if (zip.get(path)) return path;
    }
  }
  const types = zip.get("[Content_Types].xml");
  if (types) {
    for (const o of findTags(entryText(types, budget), "Override")) {
      const path = resolveTarget("", o.get("PartName") ?? "");
      if (WORKBOOK_TYPES.test(o.get("ContentType") ?? "") && zip.get(path)) return path;
    }
  }
  if (zip.get("xl/workbook.xml")) return "xl/workbook.xml";
  throw new ZipError("unsupported", "no workbook part");
}

function truthy(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

export function readWorkbookParts(zip: ZipArchive, budget: InflateBudget): WorkbookParts {
  const workbookPath = findWorkbookPath(zip, budget);
  const workbookEntry = zip.get(workbookPath);
  if (!workbookEntry) throw new ZipError("unsupported", "no workbook part");
  const xml = entryText(workbookEntry, budget);
  const rels = readRels(zip, budget, workbookPath);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  for (const a of findTags(xml, "sheet")) {
    const rId = a.get("id") ?? "";
    const rel = byId.get(rId);
    if (!rel || rel.external) continue;
    // chartsheets stay in the list (workbook order is the tab order writers must keep); readers skip cell-less parts
    const state = a.get("state");
    sheets.push({
      name: a.get("name") ?? "",
      path: resolveTarget(workbookPath, rel.target),
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      sheetId: a.get("sheetId") ?? "",
      rId,
    });
  }
  const pr = findTags(xml, "workbookPr")[0];
  const parts: WorkbookParts = { workbookPath, sheets, date1904: truthy(pr?.get("date1904")) };
  for (const r of rels) {
    if (r.external) continue;
    const path = resolveTarget(workbookPath, r.target);
    if (/\/sharedStrings$/.test(r.type)) parts.sharedStringsPath ??= path;
    else if (/\/styles$/.test(r.type)) parts.stylesPath ??= path;
    else if (/\/calcChain$/.test(r.type)) parts.calcChainPath ??= path;
  }
  return parts;
}

/** A zip with a binary workbook part and no XML one (.xlsb): neither our reader nor our editor reads those. */
export function isBinaryWorkbook(zip: ZipArchive): boolean {
  return !zip.get("xl/workbook.xml") && zip.entries.some((e) => /(^|\/)workbook\.bin$/i.test(e.name));
}
