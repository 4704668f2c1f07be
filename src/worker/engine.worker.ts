import type { EngineMessage, EngineRequest } from "./protocol";
import { runCheck } from "./run-check";
import { isSessionRequest, type SessionMessage, type SessionRequest } from "./session-protocol";
import { answerSession, SessionStore } from "./session-store";
import { writeReportFile, writeUploadFile } from "./write-files";

/** The engine and the file reader off the UI thread: Office restarts a pane that stops responding for 5 s. */
interface WorkerScope {
  postMessage(message: EngineMessage | SessionMessage, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<EngineRequest | SessionRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

function send(message: EngineMessage): void {
  scope.postMessage(message);
}

/** the browser page's files, kept here between reading, checking and writing */
const session = new SessionStore();
let answering = Promise.resolve();

scope.onmessage = (event: MessageEvent<EngineRequest | SessionRequest>) => {
  const request = event.data;
  // one at a time, in order: a check must not start while its file is still being read
  if (isSessionRequest(request)) {
    answering = answering.then(() => answerSession(session, request, (m, transfer) => scope.postMessage(m, transfer ?? [])));
    return;
  }
  try {
    if (request.type === "upload") {
      send({ type: "written", file: writeUploadFile(request) });
    } else if (request.type === "report") {
      send({ type: "written", file: writeReportFile(request) });
    } else {
      const check = runCheck(request.tables, request.options, (progress) => send({ type: "progress", progress }));
      send({ type: "done", check });
    }
  } catch (err) {
    send({ type: "error", message: err instanceof Error ? err.message : String(err), name: err instanceof Error ? err.name : undefined });
  }
};
