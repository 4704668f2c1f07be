import { browserPageUrl, connectMessage, connectToExcel, SLOW_CONNECT_MS } from "./start";

const HostType = { Excel: "Excel" };

describe("connectToExcel", () => {
  it("says Office.js did not load when there is no Office", async () => {
    await expect(connectToExcel(undefined, () => undefined)).resolves.toEqual({ kind: "no-office" });
  });
  it("is Excel when onReady reports Excel", async () => {
    await expect(connectToExcel({ HostType, onReady: async () => ({ host: "Excel" }) }, () => undefined)).resolves.toEqual({ kind: "excel" });
  });
  it("is another host when Office.js loaded in a plain tab (no host) or another Office app", async () => {
    await expect(connectToExcel({ HostType, onReady: async () => ({ host: null }) }, () => undefined)).resolves.toEqual({ kind: "other-host" });
    await expect(connectToExcel({ HostType, onReady: async () => ({ host: "Word" }) }, () => undefined)).resolves.toEqual({ kind: "other-host" });
  });
  it("says why when onReady fails", async () => {
    await expect(connectToExcel({ HostType, onReady: () => Promise.reject(new Error("x")) }, () => undefined)).resolves.toEqual({ kind: "failed", reason: "x" });
  });
  it("keeps waiting for a slow Excel — says so once, never gives up for the file picker — and connects when it answers", async () => {
    jest.useFakeTimers();
    try {
      let answer: (info: { host: unknown }) => void = () => undefined;
      const onSlow = jest.fn();
      let settled = false;
      const connecting = connectToExcel({ HostType, onReady: () => new Promise((r) => (answer = r)) }, onSlow).then((c) => {
        settled = true;
        return c;
      });
      await jest.advanceTimersByTimeAsync(SLOW_CONNECT_MS - 1);
      expect(onSlow).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(60_000);
      expect(onSlow).toHaveBeenCalledTimes(1);
      expect(settled).toBe(false);
      answer({ host: "Excel" });
      await expect(connecting).resolves.toEqual({ kind: "excel" });
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("connectMessage", () => {
  it("shows 正在连接 Excel… while waiting, and after a while says it is still waiting and what to do", () => {
    expect(connectMessage("connecting")).toMatchObject({ waiting: true, title: "正在连接 Excel…", browserPage: false });
    const slow = connectMessage("slow");
    expect(slow).toMatchObject({ waiting: true, title: "正在连接 Excel…", intent: "warning" });
    expect(slow.text).toContain("仍在等待");
    expect(slow.text).toContain("重新点击“学籍检查”");
  });
  it("says Office.js did not load, what to do, and offers the browser page", () => {
    const m = connectMessage({ kind: "no-office" });
    expect(m).toMatchObject({ waiting: false, intent: "error", title: "无法连接 Excel", browserPage: true });
    expect(m.text).toContain("Office.js");
    expect(m.text).toContain("请联网后关闭任务窗格，在“开始”选项卡重新点击“学籍检查”");
    expect(m.text).toContain("网页版");
  });
  it("outside Excel points to the browser page", () => {
    const m = connectMessage({ kind: "other-host" });
    expect(m).toMatchObject({ waiting: false, title: "此页面只能在 Excel 中使用", browserPage: true });
  });
  it("names Excel's reason when onReady failed", () => {
    expect(connectMessage({ kind: "failed", reason: "内部错误" }).text).toMatch(/^Excel 报告：内部错误。请关闭任务窗格，/);
  });
});

describe("browserPageUrl", () => {
  it("is index.html beside the pane, on a server or on disk", () => {
    expect(browserPageUrl("https://xueji.example/pane/taskpane.html?_host_Info=Excel")).toBe("https://xueji.example/pane/index.html");
    expect(browserPageUrl("file:///D:/xueji/taskpane.html")).toBe("file:///D:/xueji/index.html");
  });
});
