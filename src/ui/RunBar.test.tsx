/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RunBar } from "./RunBar";
import { renderFluent } from "./test-render";

describe("RunBar", () => {
  it("offers one 检查 button when idle", async () => {
    const onRun = jest.fn();
    renderFluent(<RunBar running={false} progress={null} onRun={onRun} onCancel={jest.fn()} />);
    await userEvent.click(screen.getByRole("button", { name: "检查" }));
    expect(onRun).toHaveBeenCalled();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("is disabled when there is nothing to check", () => {
    renderFluent(<RunBar running={false} progress={null} onRun={jest.fn()} onCancel={jest.fn()} disabled />);
    expect((screen.getByRole("button", { name: "检查" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows progress and 取消 while running", async () => {
    const onCancel = jest.fn();
    renderFluent(
      <RunBar running progress={{ done: 500, total: 2000, label: "正在检查第 500 行" }} onRun={jest.fn()} onCancel={onCancel} />,
    );
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.25");
    expect(screen.getByText("正在检查第 500 行")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "检查" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "取消" }));
    expect(onCancel).toHaveBeenCalled();
  });
});
