/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { IssueList } from "./IssueList";
import { makeIssue, manyIssues } from "./test-results";
import type { Issue } from "../core";

function renderList(issues: Issue[], onSelect?: (i: Issue) => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <IssueList issues={issues} onSelect={onSelect} />
    </FluentProvider>,
  );
}

describe("IssueList", () => {
  it("renders 50,000 issues as collapsed groups with counts", () => {
    renderList(manyIssues(50_000));
    const headers = screen.getAllByRole("button", { expanded: false });
    expect(headers).toHaveLength(2);
    expect(headers[0].textContent).toContain("必填项为空");
    expect(headers[0].textContent).toContain("25,000");
    expect(screen.queryAllByTitle("点击定位到该单元格")).toHaveLength(0);
  });

  it("expands a group to its first 200 issues and shows more on request", async () => {
    renderList(manyIssues(1000), jest.fn());
    fireEvent.click(screen.getAllByRole("button", { expanded: false })[0]);
    expect(screen.getAllByTitle("点击定位到该单元格")).toHaveLength(200);
    fireEvent.click(screen.getByText("显示更多（还有 300 条）"));
    expect(screen.getAllByTitle("点击定位到该单元格")).toHaveLength(400);
  });

  it("shows each issue's place and text, and selects it with Enter", async () => {
    const onSelect = jest.fn();
    const issue = makeIssue({ code: "cell/required", severity: "error", row: 7, col: 4, column: "E", header: "身份证件号码" });
    renderList([issue], onSelect);
    await userEvent.click(screen.getByRole("button", { expanded: false }));
    const item = screen.getByTitle("点击定位到该单元格");
    expect(item.textContent).toContain("第 7 行 E 列 「身份证件号码」");
    expect(item.textContent).toContain("必填项为空。请填写「身份证件号码」。");
    item.focus();
    await userEvent.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledWith(issue);
    await userEvent.keyboard(" ");
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it("filters by severity and regroups by column", async () => {
    renderList(manyIssues(10));
    await userEvent.click(screen.getByRole("button", { name: "警告 5" }));
    const headers = screen.getAllByRole("button", { expanded: false });
    expect(headers).toHaveLength(1);
    expect(headers[0].textContent).toContain("必填项为空");
    await userEvent.click(screen.getByRole("button", { name: "按列" }));
    expect(screen.getAllByRole("button", { expanded: false })[0].textContent).toContain("身份证件号码（E 列）");
    await userEvent.click(screen.getByRole("button", { name: "错误 5" }));
    expect(screen.getByText(/当前筛选下没有问题/)).toBeTruthy();
  });

  it("renders items as plain text when the host cannot select cells", () => {
    renderList([makeIssue({ code: "cell/required", severity: "error", row: 2, header: "姓名" })]);
    fireEvent.click(screen.getByRole("button", { expanded: false }));
    const region = screen.getByRole("region", { name: "问题列表" });
    expect(within(region).getByText("第 2 行 「姓名」")).toBeTruthy();
    expect(screen.queryByTitle("点击定位到该单元格")).toBeNull();
  });

  it("says so when there is nothing to show", () => {
    renderList([]);
    expect(screen.getByText("没有发现问题。")).toBeTruthy();
  });
});
