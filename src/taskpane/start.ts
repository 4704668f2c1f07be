/** After this long without an answer from Office.onReady the pane says it is still waiting (and keeps waiting). */
export const SLOW_CONNECT_MS = 10_000;

export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Excel: unknown };
}

/**
 * How taskpane.html's wait for Office ended. The page is for Office only (the browser page is
 * index.html), so none of these falls back to the file picker:
 * "excel" — ready; "no-office" — Office.js did not load; "other-host" — loaded, but not in Excel
 * (a plain browser tab, another Office app); "failed" — onReady threw.
 */
export type Connection = { kind: "excel" } | { kind: "no-office" } | { kind: "other-host" } | { kind: "failed"; reason: string };

/** Wait for Office as long as it takes; `onSlow` once after `slowAfterMs`, so the pane can say it is still waiting. */
export async function connectToExcel(office: OfficeLike | undefined, onSlow: () => void, slowAfterMs = SLOW_CONNECT_MS): Promise<Connection> {
  if (!office || typeof office.onReady !== "function") return { kind: "no-office" };
  const timer = setTimeout(onSlow, slowAfterMs);
  try {
    const info = await office.onReady();
    return info && info.host === office.HostType.Excel ? { kind: "excel" } : { kind: "other-host" };
  } catch (err) {
    return { kind: "failed", reason: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** What the pane shows while it is not (yet) connected; `browserPage` is offered where it helps. */
export interface ConnectMessage {
  intent: "info" | "warning" | "error";
  /** still waiting for Office (a spinner), or given up */
  waiting: boolean;
  title: string;
  text: string;
  browserPage: boolean;
}

const REOPEN = "关闭任务窗格，在“开始”选项卡重新点击“学籍检查”；仍不行请重启 Excel。";

export function connectMessage(state: "connecting" | "slow" | Exclude<Connection, { kind: "excel" }>): ConnectMessage {
  switch (typeof state === "string" ? state : state.kind) {
    case "connecting":
      return { intent: "info", waiting: true, title: "正在连接 Excel…", text: "", browserPage: false };
    case "slow":
      return {
        intent: "warning",
        waiting: true,
        title: "正在连接 Excel…",
        text: `Excel 已超过 ${SLOW_CONNECT_MS / 1000} 秒没有响应，仍在等待。若一直停在这里，请${REOPEN}`,
        browserPage: false,
      };
    case "no-office":
      return {
        intent: "error",
        waiting: false,
        title: "无法连接 Excel",
        text: `微软的 Office.js 脚本没有加载（可能没有联网，或被防火墙拦截），加载项离不开它。请联网后${REOPEN}不联网也可以用网页版检查保存好的文件（可直接读取 .xls）：`,
        browserPage: true,
      };
    case "other-host":
      return {
        intent: "warning",
        waiting: false,
        title: "此页面只能在 Excel 中使用",
        text: "这是学籍导入助手的 Excel 加载项页面。要在浏览器中检查文件，请打开网页版（可直接读取 .xls）：",
        browserPage: true,
      };
    default:
      return {
        intent: "error",
        waiting: false,
        title: "连接 Excel 失败",
        text: `Excel 报告：${(state as { reason: string }).reason}。请${REOPEN}`,
        browserPage: true,
      };
  }
}

/** The browser page beside this one (dist/index.html). */
export function browserPageUrl(base: string): string {
  return new URL("index.html", base).href;
}
