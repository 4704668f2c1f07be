/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readWorkbook } from "../../io/read-workbook";
import { fakeHost } from "../test-host";
import { renderFluent } from "../test-render";
import { newEntrantTable } from "../../worker/test-tables";
import { BrowserCheckView } from "./BrowserCheckView";
import { FileSession } from "../../web/file-session";

function csvFile(name: string, good: number): File {
  const text = newEntrantTable(good).rows.map((r) => r.join(",")).join("\n");
  return new File([text], name, { type: "text/csv" });
}

function pick(files: File[]) {
  fireEvent.change(screen.getByTestId("file-input"), { target: { files } });
}

describe("BrowserCheckView", () => {
  // the real reader, engine and writers, in-thread (jsdom has no worker)
  const session = () => new FileSession(() => null);

  it("cannot check before a file is chosen", () => {
    const { host } = fakeHost("browser");
    renderFluent(<BrowserCheckView host={host} session={session()} />);
    expect((screen.getByRole("button", { name: "检查" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("checks a picked file and shows summary, preview and downloads", async () => {
    const { host } = fakeHost("browser");
    renderFluent(<BrowserCheckView host={host} session={session()} />);
    pick([csvFile("一年级.csv", 3)]);
    expect(await screen.findByText(/已读取「一年级\.csv」/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "检查" }));
    await screen.findByText("问题列表");
    expect(screen.getByText("行数").nextElementSibling?.textContent).toBe("5");
    const preview = screen.getByRole("region", { name: "有问题的行预览" });
    expect(within(preview).getByText("张小明")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "下载上传用工作簿" }));
    await waitFor(() => expect(host.exportWorkbook).toHaveBeenCalled());
    const [bytes, name] = host.exportWorkbook.mock.calls[0] as unknown as [Uint8Array, string];
    // a CSV has no workbook to edit: its cells go into an .xlsx, minus the rejected rows
    expect(name).toBe("一年级-清理后.xlsx");
    const written = readWorkbook(bytes, name)[0];
    expect(written.rows[0]).toEqual(newEntrantTable(3).rows[0]);
    expect(written.rows.length).toBeLessThan(newEntrantTable(3).rows.length);
    expect(await screen.findByText("已下载「一年级-清理后.xlsx」")).toBeTruthy();
  });

  it("says which encoding a text file was read in, and that some bytes could not be decoded", async () => {
    const { host } = fakeHost("browser");
    renderFluent(<BrowserCheckView host={host} session={session()} />);
    const bytes = new TextEncoder().encode(newEntrantTable(3).rows.map((r) => r.join(",")).join("\n"));
    bytes[bytes.length - 2] = 0xff;
    pick([new File([bytes], "坏字节.csv", { type: "text/csv" })]);
    expect(await screen.findByText(/没有编码标记，按 UTF-8 读取；有 1 处字节无法解码/)).toBeTruthy();
  });

  it("shows a broken file's error by name beside a good file's results", async () => {
    const { host } = fakeHost("browser");
    renderFluent(<BrowserCheckView host={host} session={session()} />);
    const noise = new Uint8Array(2048).map((_, i) => (i * 31) % 256);
    pick([csvFile("二年级.csv", 2), new File([noise], "x.xlsx")]);
    const brokenTab = await screen.findByRole("tab", { name: "x.xlsx" });
    await userEvent.click(screen.getByRole("button", { name: "检查" }));
    await userEvent.click(brokenTab);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("无法读取「x.xlsx」");
    await userEvent.click(screen.getByRole("tab", { name: "二年级.csv" }));
    expect(await screen.findByText("问题列表")).toBeTruthy();
  });

  it("shows how far a big file has been read while the worker reads it", async () => {
    const { host } = fakeHost("browser");
    let finish: (v: { file: number; sheets: number }) => void = () => undefined;
    const slow = Object.assign(session(), {
      open: (_name: string, _bytes: Uint8Array, onProgress?: (p: { done: number; total: number; label?: string }) => void) =>
        new Promise<{ file: number; sheets: number }>((resolve) => {
          onProgress?.({ done: 40, total: 100, label: "正在读取… 40%" });
          finish = resolve;
        }),
    });
    renderFluent(<BrowserCheckView host={host} session={slow} />);
    pick([new File([new Uint8Array([80, 75, 3, 4])], "全校.xlsx")]);
    expect(await screen.findByText("「全校.xlsx」正在读取… 40%")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.4");
    finish({ file: 1, sheets: 1 });
    await waitFor(() => expect(screen.queryByText(/正在读取/)).toBeNull());
  });
});
