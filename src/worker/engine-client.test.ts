import type { WorkbookCheck } from "../core";
import type { Progress } from "../app/host";
import { CheckCancelled, checkTables, type EngineWorker } from "./engine-client";
import type { EngineMessage, EngineOptions, EngineRequest } from "./protocol";
import { newEntrantTable } from "./test-tables";

const OPTIONS: EngineOptions = { profile: { id: "national" }, templateId: "auto", today: "20250901" };
const EMPTY: WorkbookCheck = { results: [], skipped: [] };

/** A stand-in worker the test drives by hand. */
class FakeWorker implements EngineWorker {
  onmessage: ((event: MessageEvent<EngineMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent | Event) => void) | null = null;
  posted: EngineRequest[] = [];
  terminated = false;
  postMessage(message: EngineRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: EngineMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<EngineMessage>);
  }
  fail(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

describe("checkTables with a worker", () => {
  it("posts the tables, relays progress and resolves with the answer, then ends the worker", async () => {
    const worker = new FakeWorker();
    const seen: Progress[] = [];
    const done = checkTables([newEntrantTable(1)], OPTIONS, (p) => seen.push(p), new AbortController().signal, () => worker);
    expect(worker.posted[0]).toMatchObject({ type: "check", options: OPTIONS });
    worker.answer({ type: "progress", progress: { done: 1, total: 4 } });
    worker.answer({ type: "done", check: EMPTY });
    await expect(done).resolves.toBe(EMPTY);
    expect(seen).toEqual([{ done: 1, total: 4 }]);
    expect(worker.terminated).toBe(true);
  });

  it("rejects with the engine's message when the worker reports an error", async () => {
    const worker = new FakeWorker();
    const done = checkTables([], OPTIONS, () => undefined, new AbortController().signal, () => worker);
    worker.answer({ type: "error", message: "配置文件 a.json 中 id 无效" });
    await expect(done).rejects.toThrow("配置文件 a.json 中 id 无效");
  });

  it("terminates the worker on cancel and rejects with CheckCancelled", async () => {
    const worker = new FakeWorker();
    const abort = new AbortController();
    const done = checkTables([], OPTIONS, () => undefined, abort.signal, () => worker);
    abort.abort();
    await expect(done).rejects.toBeInstanceOf(CheckCancelled);
    expect(worker.terminated).toBe(true);
  });

  it("says what to do when the worker dies after it started answering", async () => {
    const worker = new FakeWorker();
    const done = checkTables([], OPTIONS, () => undefined, new AbortController().signal, () => worker);
    worker.answer({ type: "progress", progress: { done: 0, total: 1 } });
    worker.fail("out of memory");
    await expect(done).rejects.toThrow(/检查程序意外停止：out of memory。请重新点击“检查”/);
  });

  it("falls back to checking in-thread when the worker script cannot start", async () => {
    const worker = new FakeWorker();
    const done = checkTables([newEntrantTable(2)], OPTIONS, () => undefined, new AbortController().signal, () => worker);
    worker.fail("404");
    const check = await done;
    expect(check.results[0].dataRows).toBe(4);
  });
});

describe("checkTables without a worker", () => {
  it("runs the engine in-thread", async () => {
    const check = await checkTables([newEntrantTable(2)], OPTIONS, () => undefined, new AbortController().signal, () => null);
    expect(check.results[0].template?.id).toBe("new-entrant");
    expect(check.results[0].counts.errors).toBeGreaterThan(0);
  });

  it("does not start when already cancelled", async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(checkTables([], OPTIONS, () => undefined, abort.signal, () => null)).rejects.toBeInstanceOf(CheckCancelled);
  });
});
