import { readWorkbook } from "../io/read-workbook";
import type { EngineMessage, EngineRequest } from "./protocol";
import { runCheck } from "./run-check";
import { writeReportFile, writeUploadFile } from "./write-files";

/** The engine and the file reader off the UI thread: Office restarts a pane that stops responding for 5 s. */
interface WorkerScope {
  postMessage(message: EngineMessage): void;
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

function send(message: EngineMessage): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  try {
    if (request.type === "read") {
      send({ type: "tables", tables: readWorkbook(request.bytes, request.fileName) });
    } else if (request.type === "upload") {
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
