/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { SummaryCards } from "./SummaryCards";
import { makeResult, manyIssues } from "./test-results";
import { renderFluent } from "./test-render";

function valueOf(label: string): string {
  return screen.getByText(label).nextElementSibling?.textContent ?? "";
}

describe("SummaryCards", () => {
  it("shows the six numbers", () => {
    const base = makeResult(manyIssues(7), { dataRows: 12345 });
    renderFluent(<SummaryCards result={{ ...base, counts: { ...base.counts, fixes: 2, duplicateIds: 3, classesOverCap: 1 } }} />);
    expect(valueOf("行数")).toBe("12,345");
    expect(valueOf("错误")).toBe("4");
    expect(valueOf("警告")).toBe("3");
    expect(valueOf("可自动修正")).toBe("2");
    expect(valueOf("重复身份证号")).toBe("3");
    expect(valueOf("超班额班级")).toBe("1");
  });
});
