import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../app/host";
import { createExcelHost } from "../excel/excel-host";
import { createNoticeBoard } from "../ui/notices";
import { createBrowserHost } from "../web/browser-host";
import { FileSession } from "../web/file-session";
import { workerOutputs } from "../worker/output-writer";
import { App } from "../ui/App";
import { detectHostKind } from "./start";
import { paneTheme } from "../ui/theme";

function container(): HTMLElement {
  const found = document.getElementById("container");
  if (found) return found;
  const div = document.createElement("div");
  div.id = "container";
  document.body.appendChild(div);
  return div;
}

async function main(): Promise<void> {
  const office = typeof Office === "undefined" ? undefined : Office;
  const kind = await detectHostKind(office);
  const notices = createNoticeBoard();
  const host: WorkbookHost = kind === "excel" ? createExcelHost({ onNotice: notices.push }) : createBrowserHost();
  const session = new FileSession();
  if (kind === "browser") session.warm();
  document.documentElement.lang = "zh-CN";
  document.body.dataset.host = kind;
  createRoot(container()).render(
    <FluentProvider theme={paneTheme}>
      <App host={host} notices={notices} session={session} outputs={workerOutputs()} />
    </FluentProvider>,
  );
}

void main();
