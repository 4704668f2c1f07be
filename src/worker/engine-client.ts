import type { SheetTable, WorkbookCheck } from "../core";
import type { Progress } from "../app/host";
import type { EngineMessage, EngineOptions, EngineRequest, ReportRequest, UploadRequest, WrittenFile } from "./protocol";
import { runCheck } from "./run-check";
import { writeReportFile, writeUploadFile } from "./write-files";

/** The worker script webpack emits next to both pages, taskpane.html and index.html (entry "engine.worker"). */
export const WORKER_FILE = "engine.worker.js";

/** A Worker-like object, so tests can stand in for the real thing. */
export interface EngineWorker {
  postMessage(message: EngineRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<EngineMessage>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
}

export type WorkerFactory = () => EngineWorker | null;

/** The real worker when the page can have one; null (→ in-thread) under jsdom or without Worker. */
export const defaultWorkerFactory: WorkerFactory = () => {
  if (typeof Worker === "undefined" || typeof document === "undefined") return null;
  try {
    return new Worker(new URL(WORKER_FILE, document.baseURI)) as unknown as EngineWorker;
  } catch {
    return null;
  }
};

export class CheckCancelled extends Error {
  constructor() {
    super("检查已取消");
    this.name = "CheckCancelled";
  }
}

/** An error from the worker, keeping its kind (a ReadError's message is shown to the registrar as is). */
function workerError(message: string, name?: string): Error {
  const err = new Error(message);
  if (name) err.name = name;
  return err;
}

/**
 * One request to a fresh worker. Cancelling terminates the worker outright: the engine is
 * synchronous and cannot be interrupted any other way. When no worker can be started (or its script
 * fails to load before answering) the work runs in-thread after one paint instead.
 */
function inWorker<T>(
  request: EngineRequest,
  pick: (msg: EngineMessage) => T | undefined,
  onProgress: (p: Progress) => void,
  signal: AbortSignal,
  createWorker: WorkerFactory,
  inThread: () => T,
): Promise<T> {
  if (signal.aborted) return Promise.reject(new CheckCancelled());
  const worker = createWorker();
  if (!worker) return runInThread(inThread, signal);

  return new Promise<T>((resolve, reject) => {
    let answered = false;
    const finish = () => {
      signal.removeEventListener("abort", onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(new CheckCancelled());
    };
    signal.addEventListener("abort", onAbort);
    worker.onmessage = (event) => {
      answered = true;
      const msg = event.data;
      if (msg.type === "progress") {
        onProgress(msg.progress);
        return;
      }
      finish();
      if (msg.type === "error") reject(workerError(msg.message, msg.name));
      else {
        const value = pick(msg);
        if (value === undefined) reject(new Error(`检查程序的回答不对（${msg.type}）。请刷新页面后重试。`));
        else resolve(value);
      }
    };
    worker.onerror = (event) => {
      finish();
      if (!answered) {
        // the worker script could not start (blocked or missing): do the work here instead
        runInThread(inThread, signal).then(resolve, reject);
        return;
      }
      const detail = "message" in event && event.message ? `：${event.message}` : "";
      reject(new Error(`检查程序意外停止${detail}。请重新点击“检查”；若仍失败，请关闭任务窗格后重新打开。`));
    };
    worker.postMessage(request);
  });
}

async function runInThread<T>(work: () => T, signal: AbortSignal): Promise<T> {
  // let React paint the running state before the synchronous work takes the thread
  await new Promise((r) => setTimeout(r, 0));
  if (signal.aborted) throw new CheckCancelled();
  const value = work();
  if (signal.aborted) throw new CheckCancelled();
  return value;
}

/** Check the tables off the UI thread. */
export function checkTables(
  tables: SheetTable[],
  options: EngineOptions,
  onProgress: (p: Progress) => void,
  signal: AbortSignal,
  createWorker: WorkerFactory = defaultWorkerFactory,
): Promise<WorkbookCheck> {
  return inWorker(
    { type: "check", tables, options },
    (msg) => (msg.type === "done" ? msg.check : undefined),
    onProgress,
    signal,
    createWorker,
    () => runCheck(tables, options, onProgress),
  );
}

/** Write one of the two output files off the UI thread: big workbooks take seconds to write too. */
export function writeInWorker(
  request: UploadRequest | ReportRequest,
  signal: AbortSignal = new AbortController().signal,
  createWorker: WorkerFactory = defaultWorkerFactory,
): Promise<WrittenFile> {
  return inWorker(
    request,
    (msg) => (msg.type === "written" ? msg.file : undefined),
    () => undefined,
    signal,
    createWorker,
    () => (request.type === "upload" ? writeUploadFile(request) : writeReportFile(request)),
  );
}
