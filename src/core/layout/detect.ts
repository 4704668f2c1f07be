import type { ColumnMap, Layout } from "../model/report";
import { columnLetter, type RawCell, type SheetTable } from "../model/table";
import type { Template, TemplateColumn } from "../model/template";
import { catalogue, catalogueColumn } from "../templates/catalogue";
import type { IssueDraft } from "../rules/types";
import { headerIndex } from "./header-index";
import { normaliseHeader } from "./normalise-header";
import { closestMissingField } from "./closest-field";

export type LayoutResult =
  | { ok: true; template: Template; layout: Layout; issues: IssueDraft[] }
  | {
      ok: false;
      closest: { template: Template; missing: string[] /* header texts it lacks */ } | null;
      issues: IssueDraft[];
    };

/** Title rows, notes and merged captions may sit above the header; it is searched for in this many rows. */
const SCAN_ROWS = 30;
/** A row needs this many known captions (or KD codes) to be taken for a header row. */
const MIN_HEADERS = 2;
/** A KD code row has at least this many KD_ cells. */
const MIN_KD_CELLS = 3;
/** KD_F01…, also KD_F00 and KD_XM: KD_ codes are one vendor's convention, not a national one (TEMPLATES.md §8). */
const KD_CODE = /^KD_[A-Z]+\d*$/i;

function text(cell: RawCell | undefined): string {
  return typeof cell === "string" ? cell.trim() : "";
}

function kdCells(row: RawCell[] | undefined): number {
  if (!row) return 0;
  let n = 0;
  for (const c of row) if (KD_CODE.test(text(c))) n++;
  return n;
}

/** How one header row maps onto one template. */
interface Candidate {
  template: Template;
  columns: ColumnMap[];
  /** known fields the template does not have, found by their header in the catalogue */
  added: TemplateColumn[];
  extra: Layout["extraColumns"];
  duplicates: { key: string; header: string; col: number; first: ColumnMap }[];
  headerCells: number;
}

/** Where the header is: its row and the KD code row beside it (0-based indexes into table.rows). */
interface HeaderAt {
  r: number;
  kdRow: number | null;
}

function mapRow(table: SheetTable, at: HeaderAt, template: Template): Candidate {
  const colOrigin = table.origin?.col ?? 0;
  const { byHeader, byKd } = headerIndex(template);
  const known = headerIndex(catalogue).byHeader;
  const captions = table.rows[at.r] ?? [];
  const kdRow = at.kdRow === null ? [] : table.rows[at.kdRow] ?? [];
  const found = new Map<string, ColumnMap>();
  const cand: Candidate = { template, columns: [], added: [], extra: [], duplicates: [], headerCells: 0 };
  const width = Math.max(captions.length, kdRow.length);
  for (let j = 0; j < width; j++) {
    const caption = text(captions[j]);
    const kd = text(kdRow[j]).toUpperCase();
    if (!caption && !kd) continue;
    if (caption) cand.headerCells++;
    const norm = caption ? normaliseHeader(caption) : "";
    let key = (norm && byHeader.get(norm)) || (kd && byKd.get(kd)) || undefined;
    const col = colOrigin + j;
    const letter = columnLetter(col);
    if (!key && norm) {
      // a field outside this template is still a field we know how to check
      const k = known.get(norm);
      if (k && !template.columns.some((c) => c.key === k)) {
        key = k;
        if (!cand.added.some((c) => c.key === k)) cand.added.push(catalogueColumn(k)!);
      }
    }
    if (!key) {
      if (caption) cand.extra.push({ col, letter, header: caption });
      continue;
    }
    const header = caption || template.columns.find((c) => c.key === key)!.header;
    const first = found.get(key);
    if (first) {
      cand.duplicates.push({ key, header, col, first });
      continue;
    }
    const m: ColumnMap = { key, header, col, letter };
    found.set(key, m);
    cand.columns.push(m);
  }
  return cand;
}

/** Share of the union of template columns and sheet captions that matched (1 = exactly this template). */
function fit(c: Candidate): number {
  const matched = templateMatches(c);
  return matched / (c.template.columns.length + c.headerCells - matched);
}

/** Columns matched by the template's own headers (catalogue fields do not make a sheet this template). */
function templateMatches(c: Candidate): number {
  if (c.added.length === 0) return c.columns.length;
  const added = new Set(c.added.map((a) => a.key));
  return c.columns.filter((m) => !added.has(m.key)).length;
}

function identifies(c: Candidate): boolean {
  const keys = new Set(c.columns.map((m) => m.key));
  if (c.template.identifyBy.every((k) => keys.has(k))) return true;
  // another header set that also makes the template (a graduate list without 毕业结论): each group needs one key
  const also = c.template.alsoIdentifiedBy;
  return !!also && also.every((anyOf) => anyOf.some((k) => keys.has(k)));
}

/** The best fit lacks just one of its identifying columns: reported as that template, not taken for another. */
function nearlyIdentifies(c: Candidate): boolean {
  const keys = new Set(c.columns.map((m) => m.key));
  const lacks = c.template.identifyBy.filter((k) => !keys.has(k)).length;
  return lacks === 1 && c.template.identifyBy.length >= 3;
}

/** Header texts of the identifying and required columns a candidate lacks. */
function lacking(c: Candidate): string[] {
  const keys = new Set(c.columns.map((m) => m.key));
  const ids = new Set(c.template.identifyBy);
  return c.template.columns.filter((col) => !keys.has(col.key) && (ids.has(col.key) || col.required)).map((col) => col.header);
}

/** The row that looks most like a header for these templates (r = -1: none), and its KD code row if any. */
function findHeaderRow(table: SheetTable, templates: Template[], minScore: number): HeaderAt {
  const known = new Set<string>();
  for (const t of templates) for (const h of headerIndex(t).byHeader.keys()) known.add(h);
  let best: HeaderAt & { score: number } = { r: -1, kdRow: null, score: minScore - 1 };
  const last = Math.min(table.rows.length, SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    let score = 0;
    for (const cell of table.rows[r] ?? []) {
      const t = text(cell);
      if (t && known.has(normaliseHeader(t))) score++;
    }
    // the code row sits under the captions (TEMPLATES.md §6) or, in one vendor's own templates, above them (§8)
    const below = kdCells(table.rows[r + 1]);
    const above = r > 0 ? kdCells(table.rows[r - 1]) : 0;
    const kdRow = below >= MIN_KD_CELLS ? r + 1 : above >= MIN_KD_CELLS ? r - 1 : null;
    if (kdRow !== null) score = Math.max(score, below, above);
    if (score > best.score) best = { r, kdRow, score };
  }
  return best;
}

function layoutOf(table: SheetTable, at: HeaderAt, c: Candidate): Layout {
  const origin = table.origin?.row ?? 0;
  const headerRow = origin + at.r + 1;
  const fieldCodeRow = at.kdRow === null ? undefined : origin + at.kdRow + 1;
  const keys = new Set(c.columns.map((m) => m.key));
  return {
    templateId: c.template.id,
    headerRow,
    fieldCodeRow,
    dataStartRow: Math.max(headerRow, fieldCodeRow ?? 0) + 1,
    columns: c.columns,
    extraColumns: c.extra,
    missingKeys: c.template.columns.filter((col) => !keys.has(col.key)).map((col) => col.key),
  };
}

function layoutIssues(c: Candidate, headerRow: number): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const d of c.duplicates) {
    issues.push({
      code: "header/duplicate",
      row: headerRow,
      key: d.key,
      params: { header: d.header, firstColumn: d.first.letter, duplicateColumn: columnLetter(d.col) },
    });
  }
  const keys = new Set(c.columns.map((m) => m.key));
  // what a missing column means holds only for a sheet recognised the other way (a graduate list without 毕业结论)
  const otherwise = !c.template.identifyBy.every((k) => keys.has(k)) && identifies(c);
  const assumed = new Map(otherwise ? (c.template.assumedWhenMissing ?? []).map((a) => [a.key, a.value] as const) : []);
  for (const col of c.template.columns) {
    if (keys.has(col.key)) continue;
    const value = assumed.get(col.key);
    if (value !== undefined) issues.push({ code: "header/assumed", row: headerRow, key: col.key, params: { header: col.header, value, template: c.template.name } });
    // a conditional requirement still needs the column: without it no row can meet the condition's duty
    else if (col.required) issues.push({ code: "header/missing", row: headerRow, key: col.key, params: { header: col.header } });
  }
  for (const x of c.extra) {
    const suggestion = closestMissingField(x.header, c.template, keys) ?? closestMissingField(x.header, catalogue, keys);
    issues.push(
      suggestion
        ? { code: "header/similar", row: headerRow, params: { header: x.header, column: x.letter, suggestion } }
        : { code: "header/extra", row: headerRow, params: { header: x.header, column: x.letter } },
    );
  }
  return issues;
}

/** The chosen template does not fit the sheet. */
function mismatch(c: Candidate, headerRow?: number): LayoutResult {
  const missing = lacking(c);
  return {
    ok: false,
    closest: { template: c.template, missing },
    issues: [{ code: "header/template-mismatch", row: headerRow, params: { template: c.template.name, missing: missing.join("、") } }],
  };
}

/** The sheet is this template: its own columns, then the known fields it also carries. */
function accept(table: SheetTable, at: HeaderAt, c: Candidate, headerRow: number): LayoutResult {
  const template = c.added.length === 0 ? c.template : { ...c.template, columns: [...c.template.columns, ...c.added] };
  return { ok: true, template, layout: layoutOf(table, at, c), issues: layoutIssues(c, headerRow) };
}

function better(a: Candidate, b: Candidate | null): boolean {
  return !b || fit(a) > fit(b) || (fit(a) === fit(b) && templateMatches(a) > templateMatches(b));
}

/**
 * Finds the header row, picks the template whose headers fit best and maps every column by its header
 * (or by its KD code when a code row sits beside the header) — never by position. Every header that
 * names a known field is mapped, whichever template the sheet is.
 */
export function detectLayout(table: SheetTable, templates: Template[], opts: { templateId?: string } = {}): LayoutResult {
  let pool = templates;
  if (opts.templateId) {
    const chosen = templates.find((t) => t.id === opts.templateId);
    if (!chosen) return { ok: false, closest: null, issues: [{ code: "header/unknown-template-id", params: { templateId: opts.templateId } }] };
    pool = [chosen];
  }

  // a chosen template is looked for even on a single caption, so that the mismatch names what is really absent
  const at = findHeaderRow(table, pool, opts.templateId ? 1 : MIN_HEADERS);
  if (at.r < 0) {
    if (!opts.templateId) return { ok: false, closest: null, issues: [{ code: "header/not-a-template", params: { rows: SCAN_ROWS } }] };
    return mismatch({ template: pool[0], columns: [], added: [], extra: [], duplicates: [], headerCells: 0 });
  }
  const headerRow = (table.origin?.row ?? 0) + at.r + 1;
  const candidates = pool.map((t) => mapRow(table, at, t));

  if (opts.templateId) {
    const c = candidates[0];
    const idKeys = new Set(c.columns.map((m) => m.key));
    const idHits = c.template.identifyBy.filter((k) => idKeys.has(k)).length;
    if ((idHits * 2 < c.template.identifyBy.length && !identifies(c)) || templateMatches(c) < MIN_HEADERS) return mismatch(c, headerRow);
    return accept(table, at, c, headerRow);
  }

  let best: Candidate | null = null;
  let bestIdentifying: Candidate | null = null;
  for (const c of candidates) {
    if (templateMatches(c) < MIN_HEADERS) continue;
    if (better(c, best)) best = c;
    if (identifies(c) && better(c, bestIdentifying)) bestIdentifying = c;
  }
  if (!best) return { ok: false, closest: null, issues: [{ code: "header/not-a-template", params: { rows: SCAN_ROWS } }] };
  if (identifies(best)) return accept(table, at, best, headerRow);
  // a 2013 sheet that lost 就读方式 is reported as such, not taken for the 5-column new-entrant list whose
  // headers it also contains; a kindergarten roster that carries the five entrant fields among thirty others is that list
  if (bestIdentifying && !nearlyIdentifies(best)) return accept(table, at, bestIdentifying, headerRow);
  const missing = lacking(best);
  return {
    ok: false,
    closest: { template: best.template, missing },
    issues: [{ code: "header/unknown-template", row: headerRow, params: { template: best.template.name, missing: missing.join("、") } }],
  };
}
