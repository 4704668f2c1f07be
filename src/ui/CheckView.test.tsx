/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CheckView } from "./CheckView";
import { fakeHost } from "./test-host";
import { renderFluent } from "./test-render";
import { newEntrantTable } from "../worker/test-tables";
import type { checkTables } from "../worker/engine-client";

const outputs = { upload: jest.fn(), report: jest.fn() };

function valueOf(label: string): string {
  return screen.getByText(label).nextElementSibling?.textContent ?? "";
}

describe("CheckView", () => {
  it("reads the workbook, checks it and shows the summary and issues", async () => {
    const { host } = fakeHost("excel", [newEntrantTable(3)]);
    renderFluent(<CheckView host={host} outputs={outputs} />);
    await userEvent.click(screen.getByRole("button", { name: "检查" }));
    await screen.findByText("问题列表");
    expect(host.readTables).toHaveBeenCalled();
    expect(valueOf("行数")).toBe("5");
    expect(Number(valueOf("错误"))).toBeGreaterThanOrEqual(2);
    expect(Number(valueOf("重复身份证号"))).toBeGreaterThanOrEqual(1);
    expect(screen.getByText("已识别：新生名单（学前调档）")).toBeTruthy();
  });

  it("selects the issue's cell when an issue is clicked", async () => {
    const { host } = fakeHost("excel", [newEntrantTable(3)]);
    renderFluent(<CheckView host={host} outputs={outputs} />);
    await userEvent.click(screen.getByRole("button", { name: "检查" }));
    await screen.findByText("问题列表");
    const groups = screen.getAllByRole("button", { expanded: false });
    const idGroup = groups.find((g) => g.textContent?.includes("校验"))!;
    fireEvent.click(idGroup);
    fireEvent.click(screen.getAllByTitle("点击定位到该单元格")[0]);
    await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith("新生名单", 5, 4));
  });

  it("says why the check failed when the workbook cannot be read", async () => {
    const { host } = fakeHost("excel");
    host.readTables.mockRejectedValue(new Error("读取工作表失败：工作表正在编辑"));
    renderFluent(<CheckView host={host} outputs={outputs} />);
    await userEvent.click(screen.getByRole("button", { name: "检查" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("检查没有完成");
    expect(alert.textContent).toContain("工作表正在编辑");
  });

  it("shows progress while running and stops on 取消", async () => {
    const { host } = fakeHost("excel", [newEntrantTable(1)]);
    let seenSignal: AbortSignal | undefined;
    const never: typeof checkTables = (_t, _o, onProgress, signal) => {
      seenSignal = signal;
      onProgress({ done: 1, total: 4, label: "正在检查第 1 行" });
      return new Promise(() => undefined);
    };
    renderFluent(<CheckView host={host} outputs={outputs} check={never} />);
    await userEvent.click(screen.getByRole("button", { name: "检查" }));
    expect(await screen.findByText("正在检查第 1 行")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "取消" }));
    expect(seenSignal?.aborted).toBe(true);
    expect(screen.getByText(/检查已取消/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "检查" })).toBeTruthy();
  });
});
