/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createNoticeBoard } from "./notices";
import { NoticeList } from "./NoticeList";
import { renderFluent } from "./test-render";

describe("NoticeList", () => {
  it("shows notices pushed after render and dismisses them one by one", async () => {
    const board = createNoticeBoard();
    renderFluent(<NoticeList board={board} />);
    expect(screen.queryByRole("status")).toBeNull();
    act(() => {
      board.push("工作表「学生信息」没有该列，已新增：学籍号。");
      board.push("3 个单元格已有内容，未覆盖。");
    });
    expect(screen.getByText("3 个单元格已有内容，未覆盖。")).toBeTruthy();
    await userEvent.click(screen.getAllByRole("button", { name: "关闭提示" })[0]);
    expect(screen.queryByText(/已新增：学籍号/)).toBeNull();
    expect(board.current()).toEqual(["3 个单元格已有内容，未覆盖。"]);
  });
});
