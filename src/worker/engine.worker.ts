import type { CheckRequest, EngineMessage } from "./protocol";
import { runCheck } from "./run-check";

/** The engine off the UI thread: Office restarts a pane that stops responding for 5 s. */
interface WorkerScope {
  postMessage(message: EngineMessage): void;
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

function send(message: EngineMessage): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { tables, options } = event.data;
  try {
    const check = runCheck(tables, options, (progress) => send({ type: "progress", progress }));
    send({ type: "done", check });
  } catch (err) {
    send({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
};
