import { atStep, ExcelGuardError, ExcelStepError, stepError } from "./step-error";

const officeError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("stepError", () => {
  it("names the step, keeps Office's reason and code, and says what to do", () => {
    const e = stepError("标记问题单元格", officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode"));
    expect(e).toBeInstanceOf(ExcelStepError);
    expect(e.message).toMatch(/^标记问题单元格失败：Excel is in cell-editing mode（InvalidOperationInCellEditMode）。/);
    expect(e.message).toContain("按 Enter 或 Esc");
    expect(e.step).toBe("标记问题单元格");
    expect(e.code).toBe("InvalidOperationInCellEditMode");
  });

  it("says how much was half-written", () => {
    const e = stepError("写入校验报告", officeError("GeneralException", "boom"), { rows: 4000, target: "工作表「校验报告」" });
    expect(e.message).toContain("工作表「校验报告」已写入前 4000 行");
    expect(e.writtenRows).toBe(4000);
    const cells = stepError("应用修正", new Error("x"), { rows: 12, unit: "cells" });
    expect(cells.message).toContain("已写入 12 个单元格");
  });

  it("adds no generic advice to the adapter's own guard messages", () => {
    const e = stepError("读取工作表", new ExcelGuardError("超过 500 万个单元格，请拆分。"));
    expect(e.message).toBe("读取工作表失败：超过 500 万个单元格，请拆分。");
  });

  it("does not wrap twice", () => {
    const inner = stepError("读取工作表", new Error("x"));
    expect(stepError("别的步骤", inner)).toBe(inner);
  });
});

describe("atStep", () => {
  it("passes results through and turns failures into one step error", async () => {
    await expect(atStep("读取设置", async () => 7)).resolves.toBe(7);
    await expect(
      atStep("写入校验报告", async (progress) => {
        progress.rows = 10;
        throw officeError("AccessDenied", "denied");
      }),
    ).rejects.toMatchObject({ step: "写入校验报告", writtenRows: 10, message: expect.stringContaining("撤销保护") });
  });

  it("lets a cancellation through untouched", async () => {
    const abort = Object.assign(new Error("已取消读取。"), { name: "AbortError" });
    await expect(atStep("读取工作表", async () => Promise.reject(abort))).rejects.toBe(abort);
  });
});

describe("no message tells the user to undo (add-in writes cannot be undone with Ctrl+Z)", () => {
  it.each(["GeneralException", "AccessDenied", "InvalidOperation", "Conflict", undefined])("%s", (code) => {
    const e = stepError("应用修正", Object.assign(new Error("x"), { code }), { rows: 3, unit: "cells", target: "工作表「学生信息」" });
    expect(e.message).not.toMatch(/撤销后|撤消|Ctrl\+Z|undo/i);
  });
});
