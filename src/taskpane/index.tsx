import { createExcelHost } from "../excel/excel-host";
import { createNoticeBoard } from "../ui/notices";
import { FileSession } from "../web/file-session";
import { workerOutputs } from "../worker/output-writer";
import { App } from "../ui/App";
import { mountPage } from "../ui/mount";
import { ConnectView } from "./ConnectView";
import { documentWarning } from "./document-state";
import { connectMessage, connectToExcel } from "./start";

/** taskpane.html, the Office entry: wait for Excel however long it takes, then the pane. */
async function main(): Promise<void> {
  // webview-check.js ran first and already told the user this webview cannot run the pane
  if ((window as { xuejiUnsupportedWebview?: string }).xuejiUnsupportedWebview) return;
  const show = mountPage();
  show(<ConnectView message={connectMessage("connecting")} />, "connecting");
  const office = typeof Office === "undefined" ? undefined : Office;
  const connection = await connectToExcel(office, () => show(<ConnectView message={connectMessage("slow")} />, "connecting"));
  if (connection.kind !== "excel") {
    show(<ConnectView message={connectMessage(connection)} />, "unavailable");
    return;
  }
  const notices = createNoticeBoard();
  const warning = documentWarning(Office.context?.document, Office.DocumentMode?.ReadOnly);
  if (warning) notices.push(warning);
  const host = createExcelHost({ onNotice: notices.push });
  show(<App host={host} notices={notices} session={new FileSession()} outputs={workerOutputs()} />, "excel");
}

void main();
