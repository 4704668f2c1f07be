import type { ColumnMap, Layout } from "../model/report";
import { columnLetter, type RawCell, type SheetTable } from "../model/table";
import type { Template } from "../model/template";
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
/** A KD code row has at least this many KD_Fnn cells. */
const MIN_KD_CELLS = 3;
const KD_CODE = /^KD_F\d{2}$/i;

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
  extra: Layout["extraColumns"];
  duplicates: { key: string; header: string; col: number; first: ColumnMap }[];
  headerCells: number;
}

function mapRow(table: SheetTable, r: number, hasKdRow: boolean, template: Template): Candidate {
  const colOrigin = table.origin?.col ?? 0;
  const { byHeader, byKd } = headerIndex(template);
  const captions = table.rows[r] ?? [];
  const kdRow = hasKdRow ? table.rows[r + 1] ?? [] : [];
  const found = new Map<string, ColumnMap>();
  const cand: Candidate = { template, columns: [], extra: [], duplicates: [], headerCells: 0 };
  const width = Math.max(captions.length, kdRow.length);
  for (let j = 0; j < width; j++) {
    const caption = text(captions[j]);
    const kd = text(kdRow[j]).toUpperCase();
    if (!caption && !kd) continue;
    if (caption) cand.headerCells++;
    const key = (caption && byHeader.get(normaliseHeader(caption))) || (kd && byKd.get(kd)) || undefined;
    const col = colOrigin + j;
    const letter = columnLetter(col);
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
  const matched = c.columns.length;
  return matched / (c.template.columns.length + c.headerCells - matched);
}

function identifies(c: Candidate): boolean {
  const keys = new Set(c.columns.map((m) => m.key));
  return c.template.identifyBy.every((k) => keys.has(k));
}

/** Header texts of the identifying and required columns a candidate lacks. */
function lacking(c: Candidate): string[] {
  const keys = new Set(c.columns.map((m) => m.key));
  const ids = new Set(c.template.identifyBy);
  return c.template.columns.filter((col) => !keys.has(col.key) && (ids.has(col.key) || col.required)).map((col) => col.header);
}

/** The row (0-based in table.rows) that looks most like a header for these templates, or -1. */
function findHeaderRow(table: SheetTable, templates: Template[], minScore: number): { r: number; hasKdRow: boolean } {
  const known = new Set<string>();
  for (const t of templates) for (const h of headerIndex(t).byHeader.keys()) known.add(h);
  let best = { r: -1, hasKdRow: false, score: minScore - 1 };
  const last = Math.min(table.rows.length, SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    let score = 0;
    for (const cell of table.rows[r] ?? []) {
      const t = text(cell);
      if (t && known.has(normaliseHeader(t))) score++;
    }
    const kd = kdCells(table.rows[r + 1]);
    const hasKdRow = kd >= MIN_KD_CELLS;
    if (hasKdRow) score = Math.max(score, kd);
    if (score > best.score) best = { r, hasKdRow, score };
  }
  return best;
}

function layoutOf(table: SheetTable, r: number, hasKdRow: boolean, c: Candidate): Layout {
  const headerRow = (table.origin?.row ?? 0) + r + 1;
  const keys = new Set(c.columns.map((m) => m.key));
  return {
    templateId: c.template.id,
    headerRow,
    fieldCodeRow: hasKdRow ? headerRow + 1 : undefined,
    dataStartRow: headerRow + (hasKdRow ? 2 : 1),
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
  for (const col of c.template.columns) {
    // a conditional requirement still needs the column: without it no row can meet the condition's duty
    if (col.required && !keys.has(col.key)) issues.push({ code: "header/missing", row: headerRow, key: col.key, params: { header: col.header } });
  }
  for (const x of c.extra) {
    const suggestion = closestMissingField(x.header, c.template, keys);
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

/**
 * Finds the header row, picks the template whose headers fit best and maps every column by its header
 * (or by its KD_Fnn code when a code row sits under the header) — never by position.
 */
export function detectLayout(table: SheetTable, templates: Template[], opts: { templateId?: string } = {}): LayoutResult {
  let pool = templates;
  if (opts.templateId) {
    const chosen = templates.find((t) => t.id === opts.templateId);
    if (!chosen) return { ok: false, closest: null, issues: [{ code: "header/unknown-template-id", params: { templateId: opts.templateId } }] };
    pool = [chosen];
  }

  // a chosen template is looked for even on a single caption, so that the mismatch names what is really absent
  const { r, hasKdRow } = findHeaderRow(table, pool, opts.templateId ? 1 : MIN_HEADERS);
  if (r < 0) {
    if (!opts.templateId) return { ok: false, closest: null, issues: [{ code: "header/not-a-template", params: { rows: SCAN_ROWS } }] };
    return mismatch({ template: pool[0], columns: [], extra: [], duplicates: [], headerCells: 0 });
  }
  const headerRow = (table.origin?.row ?? 0) + r + 1;
  const candidates = pool.map((t) => mapRow(table, r, hasKdRow, t));

  if (opts.templateId) {
    const c = candidates[0];
    const idKeys = new Set(c.columns.map((m) => m.key));
    const idHits = c.template.identifyBy.filter((k) => idKeys.has(k)).length;
    if (idHits * 2 < c.template.identifyBy.length || c.columns.length < MIN_HEADERS) return mismatch(c, headerRow);
    return { ok: true, template: c.template, layout: layoutOf(table, r, hasKdRow, c), issues: layoutIssues(c, headerRow) };
  }

  // the best fit decides, and must then carry its identifying columns: a 2013 sheet that lost 就读方式 is
  // reported as such, not taken for the 5-column new-entrant list whose headers it also contains
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.columns.length < MIN_HEADERS) continue;
    if (!best || fit(c) > fit(best) || (fit(c) === fit(best) && c.columns.length > best.columns.length)) best = c;
  }
  if (!best) return { ok: false, closest: null, issues: [{ code: "header/not-a-template", params: { rows: SCAN_ROWS } }] };
  if (identifies(best)) return { ok: true, template: best.template, layout: layoutOf(table, r, hasKdRow, best), issues: layoutIssues(best, headerRow) };
  const missing = lacking(best);
  return {
    ok: false,
    closest: { template: best.template, missing },
    issues: [{ code: "header/unknown-template", row: headerRow, params: { template: best.template.name, missing: missing.join("、") } }],
  };
}
