import { CheckCancelled } from "../worker/engine-client";
import type { EngineOptions } from "../worker/protocol";
import type { SessionMessage, SessionRequest } from "../worker/session-protocol";
import { answerSession, SessionStore } from "../worker/session-store";
import { newEntrantTable } from "../worker/test-tables";
import { FileSession, type SessionWorker } from "./file-session";

const OPTIONS: EngineOptions = { profile: { id: "national" }, templateId: "auto", today: "20250901" };
const csv = (good: number) => new TextEncoder().encode(newEntrantTable(good).rows.map((r) => r.join(",")).join("\n"));
const NOISE = new Uint8Array(2048).map((_, i) => (i * 31) % 256);

/** A worker with a real store behind it: it answers what it is sent (cloned, as postMessage does) unless held. */
class StoreWorker implements SessionWorker {
  onmessage: ((event: MessageEvent<SessionMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent | Event) => void) | null = null;
  readonly store = new SessionStore();
  posted: SessionRequest[] = [];
  held: SessionRequest[] = [];
  hold = false;
  terminated = false;
  postMessage(message: SessionRequest): void {
    const request = structuredClone(message);
    this.posted.push(request);
    if (this.hold) this.held.push(request);
    else this.run(request);
  }
  run(request: SessionRequest): void {
    setTimeout(() => {
      if (!this.terminated) answerSession(this.store, request, (m) => this.onmessage?.({ data: structuredClone(m) } as MessageEvent<SessionMessage>));
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function sessionWith(...workers: (StoreWorker | null)[]) {
  const started: (StoreWorker | null)[] = [];
  const session = new FileSession(() => {
    const w = workers.length ? workers.shift()! : new StoreWorker();
    started.push(w);
    return w;
  });
  return { session, started };
}

const signal = () => new AbortController().signal;

describe("FileSession", () => {
  it("reads, checks and writes a file in one worker, which keeps it", async () => {
    const { session, started } = sessionWith();
    const { file, sheets } = await session.open("一年级.csv", csv(3));
    expect(sheets).toBe(1);
    const progress: number[] = [];
    const { check, previews } = await session.check(file, OPTIONS, (p) => progress.push(p.done), signal());
    expect(check.results[0].dataRows).toBe(5);
    expect(previews[0].rows.length).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThan(0);
    const upload = await session.write(file, "upload");
    expect(upload.extension).toBe("xlsx");
    expect(started.length).toBe(1);
    // the tables went over once, as bytes; nothing came back but the answers
    expect(started[0]!.posted.map((r) => r.type)).toEqual(["session/open", "session/check", "session/write"]);
  });

  it("passes the reader's error on with its name", async () => {
    const { session } = sessionWith();
    const err = await session.open("x.xlsx", NOISE).catch((e: Error) => e);
    expect(err).toMatchObject({ name: "ReadError" });
  });

  it("on cancel terminates the worker; the next check opens the file again in a new one", async () => {
    const first = new StoreWorker();
    const { session, started } = sessionWith(first);
    const { file } = await session.open("a.csv", csv(2));
    first.hold = true;
    const abort = new AbortController();
    const running = session.check(file, OPTIONS, () => undefined, abort.signal);
    abort.abort();
    await expect(running).rejects.toBeInstanceOf(CheckCancelled);
    expect(first.terminated).toBe(true);
    const again = await session.check(file, OPTIONS, () => undefined, signal());
    expect(again.check.results[0].dataRows).toBe(4);
    expect(started[1]!.posted.map((r) => r.type)).toEqual(["session/open", "session/check"]);
  });

  it("works in this thread when the worker script cannot start, redoing what was asked", async () => {
    const broken = new StoreWorker();
    broken.hold = true;
    const { session } = sessionWith(broken);
    const opening = session.open("a.csv", csv(2));
    broken.onerror?.({ message: "blocked" } as ErrorEvent);
    const { file } = await opening;
    const { check } = await session.check(file, OPTIONS, () => undefined, signal());
    expect(check.results[0].dataRows).toBe(4);
  });

  it("works in this thread when no worker can be made", async () => {
    const { session } = sessionWith(null);
    const { file } = await session.open("a.csv", csv(1));
    expect((await session.check(file, OPTIONS, () => undefined, signal())).check.results[0].dataRows).toBe(3);
    session.close(file);
    await expect(session.check(file, OPTIONS, () => undefined, signal())).rejects.toThrow(/重新选择文件/);
  });

  it("fails every waiting request when the worker stops after answering", async () => {
    const w = new StoreWorker();
    const { session } = sessionWith(w);
    const { file } = await session.open("a.csv", csv(2));
    w.hold = true;
    const running = session.check(file, OPTIONS, () => undefined, signal());
    w.onerror?.({ message: "out of memory" } as ErrorEvent);
    await expect(running).rejects.toThrow(/检查程序意外停止：out of memory/);
  });
});
