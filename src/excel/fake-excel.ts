/**
 * A recording, in-memory stand-in for the part of the Excel JavaScript API the adapter uses.
 * Like the real thing it queues work until `context.sync()`, refuses to read properties that were
 * not loaded and synced, and (optionally) rejects a sync whose request or response exceeds the
 * web payload cap. It counts syncs and measures payloads so tests and the benchmark can show
 * that reads and writes are chunked and marks are written in bulk.
 *
 * Use (tests, benchmark):
 *   const ctx = fakeExcel([new FakeSheet("学生信息", cells)], { payloadLimit: 5_000_000 });
 *   await readWorkbook(asRequestContext(ctx));               // or markIssues / writeReportSheets …
 *   ctx.stats.syncs, ctx.stats.maxRequestBytes, ctx.stats.maxResponseBytes, ctx.stats.getRangesCalls
 * Payload bytes are the UTF-8 bytes of the JSON of the values, formats, formulas and addresses sent or read.
 */
import type { RawCell } from "../core/model/table";
import { columnIndex, columnLetter } from "../core/model/table";
import type { ApiSupport } from "./requirements";

export interface FakeStats {
  syncs: number;
  /** largest request of one sync: JSON length of values/formats/formulas written + addresses sent */
  maxRequestBytes: number;
  /** largest response of one sync: JSON length of values/cell properties read */
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  getRangesCalls: number;
  maxAddressChars: number;
  /** range proxies created (getRange/getRangeByIndexes/getUsedRange…) */
  rangeProxies: number;
  /** most range proxies created between two syncs */
  maxProxiesPerSync: number;
  /** syncs refused for exceeding payloadLimit */
  payloadRejections: number;
  /**
   * syncs reached with no task boundary since the previous sync: the pane's thread was never handed
   * back between the two batches (a real host answers a sync by message, the fake by microtask)
   */
  syncsWithoutYield: number;
  /** milliseconds the fake spent carrying out batches (the host's share, not the pane's) */
  hostMs: number;
}

export interface FakeOptions {
  /** reject a sync whose request or response is larger (Excel on the web: 5,000,000) */
  payloadLimit?: number;
  /**
   * the code an oversized batch fails with; Excel on the web sometimes answers HTTP 500, which
   * arrives as GeneralException instead of the payload codes
   */
  payloadError?: "GeneralException";
  support?: Partial<ApiSupport>;
  /** custom XML parts the workbook was saved with */
  xmlParts?: StoredXmlPart[];
}

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor?: string;
}

const NO_FILL: FakeFill = { color: "#FFFFFF", pattern: "None" };
const COL_SPAN = 16384;
/** longest getRanges address list the fake accepts; 8,207 characters failed in real Excel */
const MAX_AREAS_ADDRESS = 8192;

const encoder = new TextEncoder();

/** What a string costs on the wire: UTF-8 bytes (a Chinese character is 3), as the host counts its 5 MB. */
function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

function wireBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Excel refuses sheet changes while the workbook's structure is protected. */
function guardStructure(ctx: FakeContext): void {
  if (ctx.structureProtected) throw officeError("AccessDenied", "the workbook structure is protected");
}

/**
 * Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no apostrophe first or
 * last, not "History" (reserved), and unique regardless of case.
 */
function checkSheetName(name: string, sheets: readonly FakeSheet[], self?: FakeSheet): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw officeError("InvalidArgument", `invalid sheet name ${name}`);
  }
  if (sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) throw officeError("ItemAlreadyExists", `sheet ${name} exists`);
}

/** worksheet.protection / workbook.protection: `protected` is read like any loaded property. */
class FakeProtection {
  private value: boolean | undefined;
  constructor(
    private ctx: FakeContext,
    private read: () => boolean,
  ) {}
  load(_props?: unknown): this {
    this.ctx.enqueue(20, () => {
      this.value = this.read();
      return 20;
    });
    return this;
  }
  get protected(): boolean {
    if (this.value === undefined) throw officeError("PropertyNotLoaded", "protection/protected was not loaded and synced");
    return this.value;
  }
}

/** Excel refuses cell edits on a protected sheet (AccessDenied) when the batch runs. */
function guardCells(sheet: FakeSheet): void {
  if (sheet.protected) throw officeError("AccessDenied", `sheet ${sheet.name} is protected`);
}

let sheetIds = 0;

export class FakeSheet {
  /** Excel's worksheet.id: stable across renames, new for a copy */
  readonly id = `{00000000-0000-0000-0000-${String(++sheetIds).padStart(12, "0")}}`;
  name: string;
  visibility = "Visible";
  /** cells[r][c], 0-based; missing means empty */
  cells: RawCell[][];
  fills = new Map<number, FakeFill>();
  numberFormats = new Map<number, string>();
  formulas = new Map<number, string>();
  charts: Array<{ type: string; source: string; title?: string }> = [];
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  /** worksheet protection (审阅 → 保护工作表): cell values, formats and fills cannot be changed */
  protected = false;
  /** pretend the used range is this big (for the 5,000,000-cell guard) without storing it */
  phantomSize?: { rows: number; cols: number };

  constructor(name: string, cells: RawCell[][] = []) {
    this.name = name;
    this.cells = cells;
  }

  get(r: number, c: number): RawCell {
    const v = this.cells[r]?.[c];
    return v === undefined || v === null ? "" : v;
  }

  set(r: number, c: number, v: RawCell): void {
    (this.cells[r] ??= [])[c] = v;
  }

  fillAt(r: number, c: number): FakeFill {
    return this.fills.get(r * COL_SPAN + c) ?? NO_FILL;
  }

  setFill(r: number, c: number, fill: FakeFill | null): void {
    if (fill) this.fills.set(r * COL_SPAN + c, fill);
    else this.fills.delete(r * COL_SPAN + c);
  }

  formatAt(r: number, c: number): string {
    return this.numberFormats.get(r * COL_SPAN + c) ?? "General";
  }

  formulaAt(r: number, c: number): string | undefined {
    return this.formulas.get(r * COL_SPAN + c);
  }

  /** bounding box of non-empty values, or null for a blank sheet */
  usedBox(): { top: number; left: number; rows: number; cols: number } | null {
    if (this.phantomSize) return { top: 0, left: 0, ...this.phantomSize };
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.cells.forEach((row, r) => {
      row?.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      });
    });
    if (top < 0) return null;
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

interface Op {
  requestBytes: number;
  run: () => number | void; // returns response bytes
}

/** Parse "C5", "C5:D9", "$C$5", "'Sheet'!C5" into 0-based box. */
export function parseAddress(address: string): { top: number; left: number; rows: number; cols: number } {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, "").split(":");
  const m1 = /^([A-Z]+)(\d+)$/i.exec(a);
  const m2 = /^([A-Z]+)(\d+)$/i.exec(b);
  if (!m1 || !m2) throw officeError("InvalidArgument", `bad address ${address}`);
  const c1 = columnIndex(m1[1]);
  const c2 = columnIndex(m2[1]);
  const r1 = Number(m1[2]) - 1;
  const r2 = Number(m2[2]) - 1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** A loaded-property holder: reading before load + sync throws, as Office does. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected readLoaded<T>(name: string): T {
    if (!this.loaded.has(name)) throw officeError("PropertyNotLoaded", `property ${name} was not loaded and synced`);
    return this.loaded.get(name) as T;
  }
}

export class FakeContext {
  readonly stats: FakeStats = {
    syncs: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    totalRequestBytes: 0,
    totalResponseBytes: 0,
    getRangesCalls: 0,
    maxAddressChars: 0,
    rangeProxies: 0,
    maxProxiesPerSync: 0,
    payloadRejections: 0,
    syncsWithoutYield: 0,
    hostMs: 0,
  };
  readonly workbook: FakeWorkbook;
  readonly application = { suspendApiCalculationUntilNextSync: () => undefined };
  readonly support: ApiSupport;
  readonly payloadLimit: number;
  private readonly payloadError: string | undefined;
  /** address of the last selected cell, "Sheet!A1" */
  selection: string | null = null;
  activeSheet: string | null = null;
  private queue: Op[] = [];
  private proxiesThisSync = 0;
  /** whether a task (setTimeout) has run since the last sync; null before the first sync */
  private yieldedSinceSync: boolean | null = null;
  /** make the sync with this 1-based number fail with this error (tests of error surfacing) */
  failOnSync: { at: number; error: Error } | null = null;
  /** workbook structure protection (审阅 → 保护工作簿): sheets cannot be added, deleted, renamed, hidden or copied */
  structureProtected = false;
  /** worksheet.copy fails as on some builds (office-js #775: InvalidArgument for "Before"/"After") */
  copyFails = false;
  /** the user is typing in a cell: batches fail, or wait when run with delayForCellEdit */
  cellEditMode = false;
  private delayForCellEdit = false;
  private editWaiters: Array<() => void> = [];

  constructor(sheets: FakeSheet[], options: FakeOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? Infinity;
    this.payloadError = options.payloadError;
    this.support = { createWorkbook: true, rangeAreas: true, web: false, mac: false, ...options.support };
    this.workbook = new FakeWorkbook(this, sheets, options.xmlParts ?? []);
  }

  enqueue(requestBytes: number, run: () => number | void): void {
    this.queue.push({ requestBytes, run });
  }

  countProxy(): void {
    this.stats.rangeProxies++;
    this.proxiesThisSync++;
  }

  /** Excel.run(options, batch) over this context: honours delayForCellEdit like the real host. */
  async run<T>(options: { delayForCellEdit?: boolean }, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const before = this.delayForCellEdit;
    this.delayForCellEdit = options.delayForCellEdit === true;
    try {
      return await batch(asRequestContext(this));
    } finally {
      this.delayForCellEdit = before;
    }
  }

  /** the user presses Enter or Esc: delayed batches go ahead */
  endCellEdit(): void {
    this.cellEditMode = false;
    for (const wake of this.editWaiters.splice(0)) wake();
  }

  async sync(): Promise<void> {
    if (this.cellEditMode) {
      if (!this.delayForCellEdit) {
        this.queue = [];
        throw officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
      }
      await new Promise<void>((resolve) => this.editWaiters.push(resolve));
    }
    const ops = this.queue;
    this.queue = [];
    this.stats.syncs++;
    if (this.yieldedSinceSync === false) this.stats.syncsWithoutYield++;
    this.yieldedSinceSync = false;
    const mark = () => void (this.yieldedSinceSync = true);
    setTimeout(mark, 0);
    this.stats.maxProxiesPerSync = Math.max(this.stats.maxProxiesPerSync, this.proxiesThisSync);
    this.proxiesThisSync = 0;
    if (this.failOnSync && this.failOnSync.at === this.stats.syncs) throw this.failOnSync.error;
    const request = ops.reduce((n, op) => n + op.requestBytes, 0);
    if (request > this.payloadLimit) {
      this.stats.payloadRejections++;
      throw officeError(this.payloadError ?? "RequestPayloadSizeLimitExceeded", `request of ${request} bytes exceeds the limit`);
    }
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, request);
    this.stats.totalRequestBytes += request;
    let response = 0;
    const t0 = performance.now();
    try {
      for (const op of ops) response += op.run() ?? 0;
    } finally {
      this.stats.hostMs += performance.now() - t0;
    }
    if (response > this.payloadLimit) {
      this.stats.payloadRejections++;
      throw officeError(this.payloadError ?? "ResponsePayloadSizeLimitExceeded", `response of ${response} bytes exceeds the limit`);
    }
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, response);
    this.stats.totalResponseBytes += response;
  }

}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeCustomXmlParts;
  readonly protection: FakeProtection;
  constructor(
    readonly ctx: FakeContext,
    sheets: FakeSheet[],
    parts: StoredXmlPart[],
  ) {
    this.worksheets = new FakeWorksheetCollection(ctx, sheets);
    this.customXmlParts = new FakeCustomXmlParts(ctx, parts);
    this.protection = new FakeProtection(ctx, () => ctx.structureProtected);
  }
  /** the sheet objects as they are now (for assertions) */
  get sheets(): FakeSheet[] {
    return this.worksheets.sheets;
  }
  sheet(name: string): FakeSheet {
    const s = this.worksheets.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}

/** One stored custom XML part (ExcelApi 1.5): its namespace is read from the root element's xmlns. */
export interface StoredXmlPart {
  id: string;
  xml: string;
}

function namespaceOf(xml: string): string | null {
  return /<[^?!][^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1] ?? null;
}

export class FakeCustomXmlParts {
  constructor(
    private ctx: FakeContext,
    /** the parts as stored in the workbook (for assertions, and to reopen it) */
    readonly parts: StoredXmlPart[],
  ) {}
  add(xml: string): FakeCustomXmlPart {
    const part = { id: `part-${this.parts.length + 1}`, xml };
    this.ctx.enqueue(utf8Bytes(xml), () => {
      if (!namespaceOf(xml)) throw officeError("InvalidArgument", "custom XML part must be well-formed XML");
      this.parts.push(part);
    });
    return new FakeCustomXmlPart(this.ctx, this, () => part);
  }
  getByNamespace(namespace: string): { getOnlyItemOrNullObject: () => FakeCustomXmlPart } {
    return {
      getOnlyItemOrNullObject: () => {
        const part = new FakeCustomXmlPart(this.ctx, this, () => this.parts.find((p) => namespaceOf(p.xml) === namespace) ?? null);
        this.ctx.enqueue(utf8Bytes(namespace), () => {
          const matches = this.parts.filter((p) => namespaceOf(p.xml) === namespace);
          if (matches.length > 1) throw officeError("InvalidOperation", "more than one part in the namespace");
          part.isNullObject = matches.length === 0;
        });
        return part;
      },
    };
  }
}

export class FakeCustomXmlPart {
  isNullObject = false;
  constructor(
    private ctx: FakeContext,
    private store: FakeCustomXmlParts,
    private resolve: () => StoredXmlPart | null,
  ) {}
  getXml(): { value: string } {
    const result = { loaded: null as string | null, get value(): string {
      if (this.loaded === null) throw officeError("PropertyNotLoaded", "xml was not synced");
      return this.loaded;
    } };
    this.ctx.enqueue(20, () => {
      const part = this.resolve();
      if (!part) throw officeError("ItemNotFound", "custom XML part not found");
      result.loaded = part.xml;
      return utf8Bytes(part.xml);
    });
    return result;
  }
  setXml(xml: string): void {
    this.ctx.enqueue(utf8Bytes(xml), () => {
      const part = this.resolve();
      if (!part) throw officeError("ItemNotFound", "custom XML part not found");
      part.xml = xml;
    });
  }
  delete(): void {
    this.ctx.enqueue(10, () => {
      const part = this.resolve();
      if (part) this.store.parts.splice(this.store.parts.indexOf(part), 1);
    });
  }
}

export class FakeWorksheetCollection extends Loadable {
  constructor(
    private ctx: FakeContext,
    readonly sheets: FakeSheet[],
  ) {
    super();
  }
  load(_props?: unknown): this {
    this.ctx.enqueue(40, () => {
      this.loaded.set(
        "items",
        this.sheets.map((s) => new FakeWorksheet(this.ctx, s, this, { name: s.name, visibility: s.visibility, id: s.id })),
      );
      return this.sheets.reduce((n, s) => n + utf8Bytes(s.name) + 30, 0);
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.readLoaded("items");
  }
  getItem(name: string): FakeWorksheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) {
      this.ctx.enqueue(utf8Bytes(name), () => {
        throw officeError("ItemNotFound", `worksheet ${name} not found`);
      });
      return new FakeWorksheet(this.ctx, new FakeSheet(name), this, null);
    }
    return new FakeWorksheet(this.ctx, sheet, this, null);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = this.sheets.find((s) => s.name === name);
    const ws = new FakeWorksheet(this.ctx, sheet ?? new FakeSheet(name), this, null);
    ws.isNullObject = !sheet;
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    const name = this.ctx.activeSheet ?? this.sheets[0]?.name;
    return this.getItem(name);
  }
  add(name: string): FakeWorksheet {
    const sheet = new FakeSheet(name);
    this.ctx.enqueue(utf8Bytes(name) + 20, () => {
      guardStructure(this.ctx);
      checkSheetName(name, this.sheets);
      this.sheets.push(sheet);
    });
    return new FakeWorksheet(this.ctx, sheet, this, null);
  }
}

export class FakeWorksheet extends Loadable {
  isNullObject = false;
  readonly charts: { add: (type: string, source: FakeRange, seriesBy?: string) => FakeChart };
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly protection: FakeProtection;

  constructor(
    private ctx: FakeContext,
    readonly sheet: FakeSheet,
    private collection: FakeWorksheetCollection,
    preloaded: { name: string; visibility: string; id: string } | null,
  ) {
    super();
    if (preloaded) {
      this.loaded.set("name", preloaded.name);
      this.loaded.set("visibility", preloaded.visibility);
      this.loaded.set("id", preloaded.id);
    }
    this.protection = new FakeProtection(ctx, () => this.sheet.protected);
    this.freezePanes = {
      freezeRows: (n) => ctx.enqueue(10, () => void (this.sheet.frozenRows = n)),
    };
    this.charts = {
      add: (type, source, _seriesBy) => {
        const chart = new FakeChart(ctx);
        ctx.enqueue(60, () => {
          const entry = { type, source: source.addressText(), title: undefined as string | undefined };
          this.sheet.charts.push(entry);
          chart.entry = entry;
        });
        return chart;
      },
    };
  }

  load(props: string | string[]): this {
    const names = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    this.ctx.enqueue(20, () => {
      const props: Record<string, unknown> = { name: this.sheet.name, visibility: this.sheet.visibility, id: this.sheet.id };
      for (const n of names) this.loaded.set(n, props[n]);
      return 40;
    });
    return this;
  }
  get name(): string {
    return this.readLoaded("name");
  }
  get id(): string {
    return this.readLoaded("id");
  }
  set name(value: string) {
    this.ctx.enqueue(utf8Bytes(value), () => {
      guardStructure(this.ctx);
      checkSheetName(value, this.collection.sheets, this.sheet);
      this.sheet.name = value;
    });
  }
  get visibility(): string {
    return this.readLoaded("visibility");
  }
  set visibility(value: string) {
    this.ctx.enqueue(10, () => {
      guardStructure(this.ctx);
      this.sheet.visibility = value;
    });
  }
  activate(): void {
    this.ctx.enqueue(10, () => {
      this.ctx.activeSheet = this.sheet.name;
    });
  }
  delete(): void {
    this.ctx.enqueue(10, () => {
      guardStructure(this.ctx);
      const i = this.collection.sheets.indexOf(this.sheet);
      if (i < 0) throw officeError("ItemNotFound", `sheet ${this.sheet.name} not found`);
      this.collection.sheets.splice(i, 1);
    });
  }
  copy(_position?: string, _relativeTo?: FakeWorksheet): FakeWorksheet {
    const copy = new FakeSheet(`${this.sheet.name.slice(0, 27)} (2)`); // Excel's own name for a copy, kept within 31
    this.ctx.enqueue(20, () => {
      guardStructure(this.ctx);
      if (this.ctx.copyFails) throw officeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      copy.cells = this.sheet.cells.map((row) => (row ? row.slice() : row));
      copy.fills = new Map(this.sheet.fills);
      copy.numberFormats = new Map(this.sheet.numberFormats);
      copy.formulas = new Map(this.sheet.formulas);
      const i = this.collection.sheets.indexOf(this.sheet);
      this.collection.sheets.splice(i + 1, 0, copy);
    });
    return new FakeWorksheet(this.ctx, copy, this.collection, null);
  }
  getRange(address?: string): FakeRange {
    const box = address ? parseAddress(address) : { top: 0, left: 0, rows: 1048576, cols: 16384 };
    return new FakeRange(this.ctx, this.sheet, box.top, box.left, box.rows, box.cols);
  }
  getRangeByIndexes(top: number, left: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1) throw officeError("InvalidArgument", "row and column counts must be positive");
    return new FakeRange(this.ctx, this.sheet, top, left, rows, cols);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(this.ctx, this.sheet, 0, 0, 1, 1);
    range.resolveUsed();
    return range;
  }
  getRanges(address: string): FakeRangeAreas {
    if (!this.ctx.support.rangeAreas) throw officeError("ApiNotFound", "getRanges needs ExcelApi 1.9");
    this.ctx.stats.getRangesCalls++;
    this.ctx.stats.maxAddressChars = Math.max(this.ctx.stats.maxAddressChars, address.length);
    this.ctx.countProxy();
    if (address.length > MAX_AREAS_ADDRESS) {
      // Excel refuses an address list this long when the batch runs (office-js #5198: 8,207 characters)
      this.ctx.enqueue(address.length, () => {
        throw officeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      });
    }
    const boxes = address.split(/[,;]/).map(parseAddress);
    return new FakeRangeAreas(this.ctx, this.sheet, boxes, address.length);
  }
}

export class FakeChart {
  entry: { title?: string } | null = null;
  readonly title: { text: string };
  constructor(private ctx: FakeContext) {
    const chart = this;
    this.title = {
      get text() {
        return chart.entry?.title ?? "";
      },
      set text(value: string) {
        ctx.enqueue(utf8Bytes(value), () => {
          if (chart.entry) chart.entry.title = value;
        });
      },
    };
  }
  setPosition(_start: string, _end?: string): void {
    this.ctx.enqueue(20, () => undefined);
  }
}

type Box = { top: number; left: number; rows: number; cols: number };

function fillSetter(ctx: FakeContext, sheet: FakeSheet, boxes: () => Box[], bytes: number) {
  const each = (fn: (r: number, c: number) => void) => {
    for (const b of boxes()) for (let r = b.top; r < b.top + b.rows; r++) for (let c = b.left; c < b.left + b.cols; c++) fn(r, c);
  };
  return {
    set color(value: string) {
      // a colour on an unfilled cell makes a solid fill; an existing pattern is kept (the cautious
      // assumption about Excel, so the adapter is tested setting "Solid" itself)
      ctx.enqueue(bytes + value.length, () =>
        each((r, c) => {
          guardCells(sheet);
          const old = sheet.fillAt(r, c);
          sheet.setFill(r, c, { ...old, color: value.toUpperCase(), pattern: old.pattern === "None" ? "Solid" : old.pattern });
        }),
      );
    },
    set pattern(value: string) {
      ctx.enqueue(bytes + value.length, () =>
        each((r, c) => {
          guardCells(sheet);
          sheet.setFill(r, c, { ...sheet.fillAt(r, c), pattern: value });
        }),
      );
    },
    set patternColor(value: string) {
      ctx.enqueue(bytes + value.length, () =>
        each((r, c) => {
          guardCells(sheet);
          sheet.setFill(r, c, { ...sheet.fillAt(r, c), patternColor: value.toUpperCase() });
        }),
      );
    },
    clear(): void {
      ctx.enqueue(bytes, () =>
        each((r, c) => {
          guardCells(sheet);
          sheet.setFill(r, c, null);
        }),
      );
    },
  };
}

export class FakeRangeAreas {
  readonly format: { fill: ReturnType<typeof fillSetter> };
  constructor(ctx: FakeContext, sheet: FakeSheet, boxes: Box[], addressBytes: number) {
    this.format = { fill: fillSetter(ctx, sheet, () => boxes, addressBytes) };
  }
}

export class FakeRange extends Loadable {
  isNullObject = false;
  readonly format: {
    fill: ReturnType<typeof fillSetter> & { readonly color: string | null };
    autofitColumns: () => void;
    columnWidth: number;
    font: { bold: boolean };
  };

  constructor(
    private ctx: FakeContext,
    readonly sheet: FakeSheet,
    private top: number,
    private left: number,
    private nRows: number,
    private nCols: number,
  ) {
    super();
    ctx.countProxy();
    const setter = fillSetter(ctx, sheet, () => [this.box()], 30);
    const self = this;
    const fill = Object.create(setter, {
      color: {
        get: () => self.readLoaded<string | null>("format/fill/color"),
        set: (v: string) => {
          setter.color = v;
        },
      },
    });
    const sheetRef = sheet;
    const col = left;
    this.format = {
      fill,
      autofitColumns: () => ctx.enqueue(10, () => undefined),
      set columnWidth(width: number) {
        ctx.enqueue(10, () => void sheetRef.columnWidths.set(col, width));
      },
      font: {
        set bold(_value: boolean) {
          ctx.enqueue(10, () => undefined);
        },
      },
    };
  }

  /** used range, resolved when the load runs (so it reflects earlier ops of the batch) */
  resolveUsed(): void {
    this.ctx.enqueue(20, () => {
      const box = this.sheet.usedBox();
      if (!box) this.isNullObject = true;
      else [this.top, this.left, this.nRows, this.nCols] = [box.top, box.left, box.rows, box.cols];
    });
  }

  box(): Box {
    return { top: this.top, left: this.left, rows: this.nRows, cols: this.nCols };
  }

  addressText(): string {
    const a = `${columnLetter(this.left)}${this.top + 1}`;
    const b = `${columnLetter(this.left + this.nCols - 1)}${this.top + this.nRows}`;
    return a === b ? a : `${a}:${b}`;
  }

  load(props: string | string[] | Record<string, unknown>): this {
    const names = typeof props === "string" ? props.split(",").map((p) => p.trim()) : Array.isArray(props) ? props : Object.keys(props);
    this.ctx.enqueue(20 + names.join(",").length, () => {
      let bytes = 0;
      for (const name of names) {
        const value = this.read(name);
        this.loaded.set(name, value);
        bytes += name === "values" || name === "numberFormat" || name === "formulas" ? wireBytes(value) : 16;
      }
      return bytes;
    });
    return this;
  }

  private read(name: string): unknown {
    switch (name) {
      case "values":
        return this.grid((r, c) => this.sheet.get(r, c));
      case "numberFormat":
        return this.grid((r, c) => this.sheet.formatAt(r, c));
      case "formulas":
        return this.grid((r, c) => this.sheet.formulaAt(r, c) ?? this.sheet.get(r, c));
      case "rowIndex":
        return this.top;
      case "columnIndex":
        return this.left;
      case "rowCount":
        return this.nRows;
      case "columnCount":
        return this.nCols;
      case "cellCount":
        return this.nRows * this.nCols;
      case "address":
        return `${quoteSheet(this.sheet.name)}!${this.addressText()}`;
      case "format/fill/color": {
        const first = this.sheet.fillAt(this.top, this.left);
        let same = true;
        this.each((r, c) => {
          if (this.sheet.fillAt(r, c).color !== first.color) same = false;
        });
        return same ? first.color : null;
      }
      default:
        throw officeError("PropertyNotLoaded", `fake range cannot load ${name}`);
    }
  }

  private each(fn: (r: number, c: number) => void): void {
    for (let r = this.top; r < this.top + this.nRows; r++) for (let c = this.left; c < this.left + this.nCols; c++) fn(r, c);
  }

  private grid<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.top; r < this.top + this.nRows; r++) {
      const row: T[] = [];
      for (let c = this.left; c < this.left + this.nCols; c++) row.push(fn(r, c));
      out.push(row);
    }
    return out;
  }

  private checkShape(grid: unknown[][]): void {
    if (grid.length !== this.nRows || grid.some((row) => row.length !== this.nCols)) {
      // as Excel: the batch fails when it runs, not when the property is set
    throw officeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${this.addressText()}.`);
    }
  }

  get values(): RawCell[][] {
    return this.readLoaded("values");
  }
  set values(grid: RawCell[][]) {
    this.ctx.enqueue(wireBytes(grid), () => {
      this.checkShape(grid);
      guardCells(this.sheet);
      grid.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null) return; // null leaves the cell unchanged
          const r = this.top + i;
          const c = this.left + j;
          this.sheet.set(r, c, coerceLikeExcel(v, this.sheet.formatAt(r, c)));
          this.sheet.formulas.delete(r * COL_SPAN + c);
        }),
      );
    });
  }
  get rowIndex(): number {
    return this.readLoaded("rowIndex");
  }
  get columnIndex(): number {
    return this.readLoaded("columnIndex");
  }
  get rowCount(): number {
    return this.readLoaded("rowCount");
  }
  get columnCount(): number {
    return this.readLoaded("columnCount");
  }
  get address(): string {
    return this.readLoaded("address");
  }
  get numberFormat(): string[][] {
    return this.readLoaded("numberFormat");
  }
  set numberFormat(grid: (string | null)[][]) {
    this.ctx.enqueue(wireBytes(grid), () => {
      this.checkShape(grid);
      guardCells(this.sheet);
      grid.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null) this.sheet.numberFormats.set((this.top + i) * COL_SPAN + this.left + j, f);
        }),
      );
    });
  }
  get formulas(): RawCell[][] {
    return this.readLoaded("formulas");
  }
  set formulas(grid: RawCell[][]) {
    this.ctx.enqueue(wireBytes(grid), () => {
      this.checkShape(grid);
      guardCells(this.sheet);
      grid.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null) return; // null leaves the cell unchanged, as for values
          const key = (this.top + i) * COL_SPAN + this.left + j;
          if (typeof f === "string" && f.startsWith("=")) this.sheet.formulas.set(key, f);
          else this.sheet.formulas.delete(key);
          this.sheet.set(this.top + i, this.left + j, coerceLikeExcel(f, this.sheet.formatAt(this.top + i, this.left + j)));
        }),
      );
    });
  }

  getCellProperties(_options: unknown): { value: Array<Array<{ format: { fill: FakeFill } }>> } {
    if (!this.ctx.support.rangeAreas) throw officeError("ApiNotFound", "getCellProperties needs ExcelApi 1.9");
    const result = {
      loaded: null as Array<Array<{ format: { fill: FakeFill } }>> | null,
      get value() {
        if (!this.loaded) throw officeError("PropertyNotLoaded", "cell properties were not synced");
        return this.loaded;
      },
    };
    this.ctx.enqueue(60, () => {
      result.loaded = this.grid((r, c) => ({ format: { fill: { ...this.sheet.fillAt(r, c) } } }));
      return wireBytes(result.loaded);
    });
    return result;
  }

  select(): void {
    this.ctx.enqueue(20, () => {
      this.ctx.selection = `${this.sheet.name}!${this.addressText()}`;
    });
  }

  untrack(): this {
    return this;
  }
}

const NUMERIC = /^[+-]?\d+(\.\d+)?$/;

/** What Excel stores when a string is written to a cell: numeric text in a non-text cell becomes a number. */
function coerceLikeExcel(v: RawCell, format: string): RawCell {
  if (typeof v === "string" && format !== "@" && NUMERIC.test(v)) return Number(v);
  return v;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A fake context over the given sheets. */
export function fakeExcel(sheets: FakeSheet[], options?: FakeOptions): FakeContext {
  return new FakeContext(sheets, options);
}

/** The fake where an adapter function expects the real type. */
export function asRequestContext(ctx: FakeContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}
