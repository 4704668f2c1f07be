/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ActionsPanel } from "./ActionsPanel";
import { fakeHost } from "./test-host";
import { makeIssue, makeResult } from "./test-results";
import { renderFluent } from "./test-render";

const fix = makeIssue({ code: "cell/required", severity: "fix", row: 3, col: 1, value: " 男", fix: "男" });
const result = makeResult([fix], { source: "一年级.xlsx" });
const check = { results: [result], skipped: [] };
const source = { fileName: "一年级.xlsx", bytes: null, tables: [] };
const outputs = {
  upload: jest.fn(async () => ({ bytes: new Uint8Array([1, 2, 3]), fileName: "一年级-清理后.xlsx", converted: true })),
  report: jest.fn(async () => ({ bytes: new Uint8Array([4]), fileName: "一年级-校验报告.xlsx", converted: false })),
};
const props = { result, check, source, outputs };

describe("ActionsPanel", () => {
  it("offers every action in Excel", () => {
    const { host } = fakeHost("excel");
    renderFluent(<ActionsPanel host={host} {...props} />);
    for (const name of ["标记问题单元格", "清除标记", "生成校验报告表", "填入学籍号", "应用可修正项（1）", "导出上传用工作簿", "导出校验报告"]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
    expect((screen.getByRole("switch", { name: "覆盖已有" }) as HTMLInputElement).checked).toBe(false);
    // what the two exported files are, before the registrar picks one
    expect(screen.getByText(/上传用工作簿：就是原来的文件/).textContent).toContain("校验报告：有错误的行及原因");
  });

  it("offers only export when the host cannot edit the workbook", () => {
    const { host } = fakeHost("browser");
    renderFluent(<ActionsPanel host={host} {...props} />);
    expect(screen.queryByRole("button", { name: "标记问题单元格" })).toBeNull();
    expect(screen.queryByRole("button", { name: "填入学籍号" })).toBeNull();
    expect(screen.getByRole("button", { name: "导出上传用工作簿" })).toBeTruthy();
  });

  it("asks before applying fixes and reports the backup sheet", async () => {
    const { host } = fakeHost("excel");
    host.applyFixes.mockResolvedValue({ backupSheet: "学生信息(备份)", applied: 1 });
    renderFluent(<ActionsPanel host={host} {...props} />);
    await userEvent.click(screen.getByRole("button", { name: "应用可修正项（1）" }));
    expect(screen.getByRole("dialog").textContent).toContain("备份");
    expect(host.applyFixes).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "备份并修正" }));
    expect(await screen.findByText("已修正 1 处")).toBeTruthy();
    expect(screen.getByText(/原表已备份为工作表「学生信息\(备份\)」/)).toBeTruthy();
  });

  it("does nothing when the fix dialog is cancelled", async () => {
    const { host } = fakeHost("excel");
    renderFluent(<ActionsPanel host={host} {...props} />);
    await userEvent.click(screen.getByRole("button", { name: "应用可修正项（1）" }));
    await userEvent.click(screen.getByRole("button", { name: "取消" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(host.applyFixes).not.toHaveBeenCalled();
  });

  it("passes the overwrite switch to fillNumbers", async () => {
    const { host } = fakeHost("excel");
    host.fillNumbers.mockResolvedValue(12);
    renderFluent(<ActionsPanel host={host} {...props} />);
    await userEvent.click(screen.getByRole("switch", { name: "覆盖已有" }));
    await userEvent.click(screen.getByRole("button", { name: "填入学籍号" }));
    expect(host.fillNumbers).toHaveBeenCalledWith(result, { overwrite: true });
    expect(await screen.findByText("已填入 12 个学籍号")).toBeTruthy();
  });

  it("explains a failure and what to do", async () => {
    const { host } = fakeHost("excel");
    host.markIssues.mockRejectedValue(new Error("工作表受保护"));
    renderFluent(<ActionsPanel host={host} {...props} />);
    await userEvent.click(screen.getByRole("button", { name: "标记问题单元格" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("标记失败");
    expect(alert.textContent).toContain("工作表受保护");
    expect(alert.textContent).toContain("按 Esc 退出单元格编辑");
  });

  it("exports the upload-ready workbook and the report as two files, for the whole check", async () => {
    const { host } = fakeHost("excel");
    host.exportWorkbook.mockResolvedValue("opened");
    renderFluent(<ActionsPanel host={host} {...props} />);
    await userEvent.click(screen.getByRole("button", { name: "导出上传用工作簿" }));
    await screen.findByText("已在新工作簿中打开上传用工作簿");
    expect(outputs.upload).toHaveBeenCalledWith(check, source);
    expect(host.exportWorkbook).toHaveBeenCalledWith(new Uint8Array([1, 2, 3]), "一年级-清理后.xlsx");
    await userEvent.click(screen.getByRole("button", { name: "导出校验报告" }));
    await screen.findByText("已在新工作簿中打开校验报告");
    expect(host.exportWorkbook).toHaveBeenLastCalledWith(new Uint8Array([4]), "一年级-校验报告.xlsx");
  });

  it("never says 已下载: a download is only started, and the pane says what to do if nothing was saved", async () => {
    const { host } = fakeHost("excel");
    host.exportWorkbook.mockResolvedValue("downloaded");
    renderFluent(<ActionsPanel host={host} {...props} />);
    await userEvent.click(screen.getByRole("button", { name: "导出上传用工作簿" }));
    const status = await screen.findByText("已开始下载「一年级-清理后.xlsx」");
    const bar = status.closest("[role=status]")!;
    expect(bar.textContent).not.toContain("已下载");
    expect(bar.textContent).toContain("如果没有出现任何提示，文件并没有保存下来");
  });
});

