import type { Progress } from "../app/host";
import { CheckCancelled, WORKER_FILE } from "../worker/engine-client";
import type { EngineOptions, WrittenFile } from "../worker/protocol";
import type { PageCheck, SessionMessage, SessionRequest } from "../worker/session-protocol";
import { answerSession, SessionStore } from "../worker/session-store";

/** A Worker-like object, so tests can stand in for the real thing. */
export interface SessionWorker {
  postMessage(message: SessionRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SessionMessage>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
}

export type SessionWorkerFactory = () => SessionWorker | null;

/** The page's worker script when the page can have one; null (→ in-thread) under jsdom or without Worker. */
export const defaultSessionWorker: SessionWorkerFactory = () => {
  if (typeof Worker === "undefined" || typeof document === "undefined") return null;
  try {
    return new Worker(new URL(WORKER_FILE, document.baseURI)) as unknown as SessionWorker;
  } catch {
    return null;
  }
};

/** a request before its sequence number is given */
type Ask = SessionRequest extends infer R ? (R extends SessionRequest ? Omit<R, "seq"> : never) : never;

interface Pending {
  ask: Ask;
  onProgress: (p: Progress) => void;
  resolve: (m: SessionMessage) => void;
  reject: (e: Error) => void;
}

/**
 * The browser page's files, read, checked and written in one long-lived worker that keeps them (see
 * session-protocol.ts). Cancelling a check terminates the worker, the only way to stop the synchronous engine:
 * the next request starts a new one and opens the files it needs again from the bytes kept here. Without a
 * worker (jsdom, a blocked script) the same store runs in this thread.
 */
export class FileSession {
  private readonly files = new Map<number, { fileName: string; bytes: Uint8Array }>();
  private nextFile = 1;
  private seq = 1;
  /** undefined: none started yet; null: working in this thread */
  private worker: SessionWorker | null | undefined;
  private local: SessionStore | null = null;
  private localQueue: Promise<void> = Promise.resolve();
  /** files opened where the work now runs (the current worker, or the local store) */
  private readonly opened = new Set<number>();
  private readonly pending = new Map<number, Pending>();
  private answered = false;

  constructor(private readonly createWorker: SessionWorkerFactory = defaultSessionWorker) {}

  /** Start the worker now, so its script is loaded and compiled before the first file is picked. */
  warm(): void {
    this.start();
  }

  /** Read a picked file and keep it; the number of its sheets. Throws the reader's ReadError (name kept). */
  async open(fileName: string, bytes: Uint8Array, onProgress?: (p: Progress) => void): Promise<{ file: number; sheets: number; note?: string }> {
    const file = this.nextFile++;
    this.files.set(file, { fileName, bytes });
    try {
      const m = await this.ask({ type: "session/open", file, fileName, bytes }, onProgress);
      return m.type === "session/opened" ? { file, sheets: m.sheets, note: m.note } : { file, sheets: 0 };
    } catch (err) {
      this.files.delete(file);
      throw err;
    }
  }

  async check(file: number, options: EngineOptions, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<PageCheck> {
    const m = await this.ask({ type: "session/check", file, options }, onProgress, signal);
    if (m.type !== "session/checked") throw new Error(`检查程序的回答不对（${m.type}）。请刷新页面后重试。`);
    return m.result;
  }

  async write(file: number, what: "upload" | "report", onProgress?: (p: Progress) => void): Promise<WrittenFile> {
    const m = await this.ask({ type: "session/write", file, what }, onProgress);
    if (m.type !== "session/written") throw new Error(`检查程序的回答不对（${m.type}）。请刷新页面后重试。`);
    return m.file;
  }

  /** Forget a file (removed, or picked again). */
  close(file: number): void {
    if (!this.files.delete(file)) return;
    if (this.opened.delete(file)) void this.ask({ type: "session/close", file }).catch(() => undefined);
  }

  private ask(ask: Ask, onProgress: (p: Progress) => void = () => undefined, signal?: AbortSignal): Promise<SessionMessage> {
    if (signal?.aborted) return Promise.reject(new CheckCancelled());
    return new Promise<SessionMessage>((resolve, reject) => {
      const seq = this.seq++;
      const onAbort = () => {
        if (!this.pending.delete(seq)) return;
        reject(new CheckCancelled());
        this.restart();
      };
      signal?.addEventListener("abort", onAbort);
      const done = <T>(settle: (v: T) => void) => (v: T) => {
        signal?.removeEventListener("abort", onAbort);
        settle(v);
      };
      this.pending.set(seq, { ask, onProgress, resolve: done(resolve), reject: done(reject) });
      this.dispatch(seq);
    });
  }

  /** Send a pending request where the work runs, opening its file there first when it is not. */
  private dispatch(seq: number): void {
    const p = this.pending.get(seq);
    if (!p) return;
    if (p.ask.type !== "session/open" && p.ask.type !== "session/close" && !this.opened.has(p.ask.file)) {
      const kept = this.files.get(p.ask.file);
      if (kept) this.send(this.seq++, { type: "session/open", file: p.ask.file, ...kept });
    }
    if (p.ask.type === "session/open") this.opened.add(p.ask.file);
    this.send(seq, p.ask);
  }

  private send(seq: number, ask: Ask): void {
    // the worker gets its own copy of a file's bytes, handed over; this thread keeps the picked bytes to open it again
    const request = { ...ask, seq, ...(ask.type === "session/open" ? { bytes: ask.bytes.slice() } : {}) } as SessionRequest;
    const worker = this.start();
    if (worker) {
      worker.postMessage(request, request.type === "session/open" ? [request.bytes.buffer] : []);
      return;
    }
    const store = (this.local ??= new SessionStore());
    // let React paint the running state before the synchronous work takes the thread; one request at a time, in order
    this.localQueue = this.localQueue.then(() => new Promise((r) => setTimeout(r, 0))).then(() => answerSession(store, request, (m) => this.receive(m)));
  }

  private start(): SessionWorker | null {
    if (this.worker !== undefined) return this.worker;
    const worker = this.createWorker();
    this.worker = worker;
    this.answered = false;
    if (!worker) return null;
    worker.onmessage = (event) => {
      this.answered = true;
      this.receive(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      if (!this.answered) {
        // the worker script could not start (blocked or missing): do the work here instead, from the start
        this.worker = null;
        this.opened.clear();
        for (const seq of [...this.pending.keys()].sort((a, b) => a - b)) this.dispatch(seq);
        return;
      }
      this.worker = undefined;
      this.opened.clear();
      const detail = "message" in event && event.message ? `：${event.message}` : "";
      const error = new Error(`检查程序意外停止${detail}。请重新点击“检查”；若仍失败，请刷新页面。`);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    return worker;
  }

  private receive(m: SessionMessage): void {
    const p = this.pending.get(m.seq);
    if (!p) return; // an answer to a request cancelled, or to an opening sent ahead of a request
    if (m.type === "session/progress") return p.onProgress(m.progress);
    this.pending.delete(m.seq);
    if (m.type === "session/error") {
      const err = new Error(m.message);
      if (m.name) err.name = m.name;
      p.reject(err);
    } else p.resolve(m);
  }

  /** After a cancel: a new worker for what is still asked, its files opened again as it needs them. */
  private restart(): void {
    if (!this.worker) return; // in-thread work cannot be stopped midway; its answer is ignored
    this.worker.terminate();
    this.worker = undefined;
    this.opened.clear();
    for (const seq of [...this.pending.keys()].sort((a, b) => a - b)) this.dispatch(seq);
  }
}
