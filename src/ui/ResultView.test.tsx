/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { ResultView } from "./ResultView";
import { makeResult } from "./test-results";
import { renderFluent } from "./test-render";

describe("ResultView", () => {
  it("says under the summary which checks the sheet's layout did not allow", () => {
    const result = makeResult([], { unchecked: [{ check: "一年级入学年龄", missing: ["年级"] }] });
    renderFluent(<ResultView check={{ results: [result], skipped: [] }} />);
    expect(screen.getAllByText(/本表格式无法检查/)).toHaveLength(1);
    expect(screen.getByText("本表格式无法检查：一年级入学年龄（缺少「年级」列）")).toBeTruthy();
  });

  it("says nothing of the kind when every check could be made", () => {
    renderFluent(<ResultView check={{ results: [makeResult([])], skipped: [] }} />);
    expect(screen.queryByText(/本表格式无法检查/)).toBeNull();
  });
});
