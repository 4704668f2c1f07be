import type { SheetTable, WorkbookCheck } from "../core";
import type { Progress } from "../app/host";
import type { CheckRequest, EngineMessage, EngineOptions } from "./protocol";
import { runCheck } from "./run-check";

/** The worker script webpack emits next to taskpane.html (entry "engine.worker"). */
export const WORKER_FILE = "engine.worker.js";

/** A Worker-like object, so tests can stand in for the real thing. */
export interface EngineWorker {
  postMessage(message: CheckRequest): void;
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

/**
 * Check the tables off the UI thread. Cancelling terminates the worker outright: the engine is
 * synchronous and cannot be interrupted any other way. When no worker can be started (or its script
 * fails to load before answering) the engine runs in-thread after one paint, which is slower to
 * cancel but still gives an answer.
 */
export function checkTables(
  tables: SheetTable[],
  options: EngineOptions,
  onProgress: (p: Progress) => void,
  signal: AbortSignal,
  createWorker: WorkerFactory = defaultWorkerFactory,
): Promise<WorkbookCheck> {
  if (signal.aborted) return Promise.reject(new CheckCancelled());
  const worker = createWorker();
  if (!worker) return checkInThread(tables, options, onProgress, signal);

  return new Promise<WorkbookCheck>((resolve, reject) => {
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
      if (msg.type === "progress") onProgress(msg.progress);
      else if (msg.type === "done") {
        finish();
        resolve(msg.check);
      } else {
        finish();
        reject(new Error(msg.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      if (!answered) {
        // the worker script could not start (blocked or missing): do the work here instead
        checkInThread(tables, options, onProgress, signal).then(resolve, reject);
        return;
      }
      const detail = "message" in event && event.message ? `：${event.message}` : "";
      reject(new Error(`检查程序意外停止${detail}。请重新点击“检查”；若仍失败，请关闭任务窗格后重新打开。`));
    };
    worker.postMessage({ type: "check", tables, options });
  });
}

async function checkInThread(
  tables: SheetTable[],
  options: EngineOptions,
  onProgress: (p: Progress) => void,
  signal: AbortSignal,
): Promise<WorkbookCheck> {
  // let React paint the running state before the synchronous engine takes the thread
  await new Promise((r) => setTimeout(r, 0));
  if (signal.aborted) throw new CheckCancelled();
  const check = runCheck(tables, options, onProgress);
  if (signal.aborted) throw new CheckCancelled();
  return check;
}
