import { workbookEdits, type SheetTable, type WorkbookCheck } from "../core";
import { MAX_UNPACKED_BYTES, readWorkbook } from "../io/read-workbook";
import { textEncodingNote } from "../io/text-encoding-note";
import { useZipCodec, zipCodec } from "../io/zip/codec";
import { writeReport } from "../io/write-report";
import { writeUpload } from "../io/write-upload";
import { previewRows } from "../app/preview-rows";
import type { Progress } from "../app/host";
import type { EngineOptions, WrittenFile } from "./protocol";
import { inflateAhead } from "./inflate-ahead";
import { runCheck } from "./run-check";
import type { PageCheck, SessionMessage, SessionRequest } from "./session-protocol";

interface KeptFile {
  fileName: string;
  /** the file as picked: the upload-ready copy is this file, edited */
  bytes: Uint8Array;
  tables: SheetTable[];
  check?: WorkbookCheck;
}

/** The files a session keeps, by the page's number for them; runs in the worker (or in-thread without one). */
export class SessionStore {
  private readonly files = new Map<number, KeptFile>();

  /** read and keep a file; the number of its sheets, and how a text file was decoded. Throws the reader's ReadError. */
  async open(file: number, fileName: string, bytes: Uint8Array, onProgress: (p: Progress) => void = () => undefined): Promise<{ sheets: number; note?: string }> {
    // the browser inflates ahead, in its own native streams, before the reader scans: say so first
    onProgress({ done: 0, total: 1, label: "正在解压文件…" });
    const ahead = await inflateAhead(bytes, MAX_UNPACKED_BYTES);
    const read = () => readWorkbook(bytes, fileName, percent(onProgress, "正在读取"));
    const tables = ahead ? withCodec(ahead, read) : read();
    this.files.set(file, { fileName, bytes, tables });
    return { sheets: tables.length, note: textEncodingNote(tables[0]) ?? undefined };
  }

  check(file: number, options: EngineOptions, onProgress: Parameters<typeof runCheck>[2]): PageCheck {
    const kept = this.kept(file);
    const check = runCheck(kept.tables, options, onProgress);
    kept.check = check;
    return {
      check: { ...check, results: check.results.map((r) => ({ ...r, cleaned: { ...r.cleaned, cells: [] } })) },
      previews: check.results.map((r) => previewRows(r, kept.tables.find((t) => t.sheet === r.sheet))),
    };
  }

  write(file: number, what: "upload" | "report", onProgress: (p: Progress) => void = () => undefined): WrittenFile {
    const kept = this.kept(file);
    if (!kept.check) throw new Error(`「${kept.fileName}」还没有检查，请先点击“检查”`);
    if (what === "report") return { bytes: writeReport(kept.check, { fileName: kept.fileName }), extension: "xlsx", converted: false };
    const upload = writeUpload(kept.bytes, kept.tables, workbookEdits(kept.check), percent(onProgress, "正在写出"));
    // with nothing to edit the source itself comes back: a copy, since what is written is handed over to the page
    return upload.bytes.buffer === kept.bytes.buffer ? { ...upload, bytes: upload.bytes.slice() } : upload;
  }

  close(file: number): void {
    this.files.delete(file);
  }

  private kept(file: number): KeptFile {
    const kept = this.files.get(file);
    if (!kept) throw new Error("这个文件已不在检查程序中，请重新选择文件");
    return kept;
  }
}

/** A reader's or writer's fraction as the page shows it: 「正在读取… 45%」. */
function percent(onProgress: (p: Progress) => void, doing: string): (done: number, total: number) => void {
  return (done, total) => onProgress({ done, total, label: `${doing}… ${total > 0 ? Math.floor((done / total) * 100) : 100}%` });
}

/** The reader with its entries inflated ahead; the writers keep the codec they had. */
function withCodec<T>(codec: NonNullable<ReturnType<typeof zipCodec>>, read: () => T): T {
  const before = zipCodec();
  useZipCodec(codec);
  try {
    return read();
  } finally {
    useZipCodec(before);
  }
}

/** Answer one request; a written file's bytes are handed over (transferred), not copied. */
export async function answerSession(
  store: SessionStore,
  request: SessionRequest,
  post: (message: SessionMessage, transfer?: Transferable[]) => void,
): Promise<void> {
  const { seq } = request;
  try {
    if (request.type === "session/open") {
      const onProgress = (progress: Progress) => post({ type: "session/progress", seq, progress });
      post({ type: "session/opened", seq, ...(await store.open(request.file, request.fileName, request.bytes, onProgress)) });
    } else if (request.type === "session/check") {
      const result = store.check(request.file, request.options, (progress) => post({ type: "session/progress", seq, progress }));
      post({ type: "session/checked", seq, result });
    } else if (request.type === "session/write") {
      const file = store.write(request.file, request.what, (progress) => post({ type: "session/progress", seq, progress }));
      post({ type: "session/written", seq, file }, [file.bytes.buffer]);
    } else {
      store.close(request.file);
      post({ type: "session/closed", seq });
    }
  } catch (err) {
    post({ type: "session/error", seq, message: err instanceof Error ? err.message : String(err), name: err instanceof Error ? err.name : undefined });
  }
}
