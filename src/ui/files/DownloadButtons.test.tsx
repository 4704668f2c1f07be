/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Progress } from "../../app/host";
import type { WrittenFile } from "../../worker/protocol";
import { fakeHost } from "../test-host";
import { renderFluent } from "../test-render";
import { makeResult } from "../test-results";
import { DownloadButtons } from "./DownloadButtons";

describe("DownloadButtons", () => {
  it("shows how far the upload copy has been written, then what was downloaded", async () => {
    const { host } = fakeHost("browser");
    let finish: (f: WrittenFile) => void = () => undefined;
    const write = (_what: "upload" | "report", onProgress?: (p: Progress) => void) =>
      new Promise<WrittenFile>((resolve) => {
        onProgress?.({ done: 1, total: 2, label: "正在写出… 50%" });
        finish = resolve;
      });
    const check = { results: [makeResult([], { template: { id: "new-entrant", name: "新生导入" } as never })] } as never;
    renderFluent(<DownloadButtons host={host} fileName="全校.xlsx" check={check} write={write} />);
    await userEvent.click(screen.getByRole("button", { name: "下载上传用工作簿" }));
    expect(await screen.findByText(/正在写出… 50%/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "下载上传用工作簿" }) as HTMLButtonElement).disabled).toBe(true);
    finish({ bytes: new Uint8Array([1]), extension: "xlsx", converted: false });
    await waitFor(() => expect(host.exportWorkbook).toHaveBeenCalled());
    expect(await screen.findByText("已下载「全校-清理后.xlsx」")).toBeTruthy();
  });
});
