/**
 * Which sheets the add-in made, so it only ever replaces or skips its own: a school may well have
 * a sheet of its own called 校验报告 or 班额统计. The worksheet ids (stable across renames) are kept
 * in a custom XML part of the workbook (ExcelApi 1.5), which travels with the saved file.
 */
import { syncBatch } from "./yield";

export const OWN_SHEETS_NAMESPACE = "urn:xueji-import-checker:own-sheets";

const ID = /<sheet id="([^"]*)"\/>/g;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

export function ownSheetsXml(ids: Iterable<string>): string {
  const items = [...ids].map((id) => `<sheet id="${escapeXml(id)}"/>`).join("");
  return `<ownSheets xmlns="${OWN_SHEETS_NAMESPACE}">${items}</ownSheets>`;
}

export function parseOwnSheetsXml(xml: string): Set<string> {
  return new Set([...xml.matchAll(ID)].map((m) => unescapeXml(m[1])));
}

function ownPart(context: Excel.RequestContext): Excel.CustomXmlPart {
  return context.workbook.customXmlParts.getByNamespace(OWN_SHEETS_NAMESPACE).getOnlyItemOrNullObject();
}

/** Ids of the sheets the add-in made (those still listed; a deleted sheet's id simply matches nothing). */
export async function ownSheetIds(context: Excel.RequestContext): Promise<Set<string>> {
  const part = ownPart(context);
  await syncBatch(context);
  if (part.isNullObject) return new Set();
  const xml = part.getXml();
  await syncBatch(context);
  return parseOwnSheetsXml(xml.value);
}

/** Add a sheet just made to the list. */
export async function recordOwnSheet(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> {
  sheet.load("id");
  const part = ownPart(context);
  await syncBatch(context);
  const ids = part.isNullObject ? new Set<string>() : await ownSheetIds(context);
  ids.add(sheet.id);
  if (part.isNullObject) context.workbook.customXmlParts.add(ownSheetsXml(ids));
  else part.setXml(ownSheetsXml(ids));
  await syncBatch(context);
}

export interface SheetInfo {
  name: string;
  id: string;
  visibility: string;
}

/** Every sheet's name, id and visibility, in tab order. */
export async function sheetInfos(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  await syncBatch(context);
  return sheets.items.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility }));
}

/** `base`, or "base (2)", "base (3)"… — the first name no sheet has (Excel compares sheet names case-insensitively). */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function namePattern(base: string): RegExp {
  return new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(\\d+\\))?$`, "i");
}

/**
 * A fresh, empty sheet for `base`: the add-in's own earlier one ("base" or "base (n)") is deleted
 * and made again; a sheet of the user's is never touched, and the new sheet takes a free name beside it.
 */
export async function freshOwnSheet(context: Excel.RequestContext, base: string): Promise<{ sheet: Excel.Worksheet; name: string }> {
  const infos = await sheetInfos(context);
  const own = await ownSheetIds(context);
  const pattern = namePattern(base);
  const old = infos.find((s) => own.has(s.id) && pattern.test(s.name));
  if (old) context.workbook.worksheets.getItem(old.name).delete();
  const name = freeSheetName(base, infos.filter((s) => s !== old).map((s) => s.name));
  const sheet = context.workbook.worksheets.add(name);
  await syncBatch(context);
  await recordOwnSheet(context, sheet);
  return { sheet, name };
}

/** The add-in's own sheet for `base` ("base" or "base (n)"), if there is one. */
export async function findOwnSheet(context: Excel.RequestContext, base: string): Promise<string | null> {
  const infos = await sheetInfos(context);
  const own = await ownSheetIds(context);
  const pattern = namePattern(base);
  return infos.find((s) => own.has(s.id) && pattern.test(s.name))?.name ?? null;
}
