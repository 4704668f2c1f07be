import type { WorkbookHost } from "../app/host";
import { createExcelHost } from "../excel/excel-host";
import { createNoticeBoard } from "../ui/notices";
import { createBrowserHost } from "../web/browser-host";
import { FileSession } from "../web/file-session";
import { workerOutputs } from "../worker/output-writer";
import { App } from "../ui/App";
import { mountPage } from "../ui/mount";
import { detectHostKind } from "./start";

async function main(): Promise<void> {
  const office = typeof Office === "undefined" ? undefined : Office;
  const kind = await detectHostKind(office);
  const notices = createNoticeBoard();
  const host: WorkbookHost = kind === "excel" ? createExcelHost({ onNotice: notices.push }) : createBrowserHost();
  const session = new FileSession();
  if (kind === "browser") session.warm();
  mountPage(kind)(<App host={host} notices={notices} session={session} outputs={workerOutputs()} />);
}

void main();
