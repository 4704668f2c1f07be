/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as XLSX from "@e965/xlsx";
import { generateRosterPair, registerRows } from "../samples/rosters";
import { sampleXlsx } from "../samples/sample-files";
import { fakeHost } from "./test-host";
import { renderFluent } from "./test-render";
import { CompareView } from "./CompareView";

const pair = generateRosterPair({ count: 480, schoolYear: 2025 });
const fileOf = (rows: ReturnType<typeof registerRows>, name: string) => new File([sampleXlsx({ sheet: "学生信息", rows, planted: [] }) as Uint8Array<ArrayBuffer>], name);
const beforeFile = fileOf(registerRows(pair.before), "2025秋.xlsx");
const afterFile = fileOf(registerRows(pair.after), "2026秋.xlsx");

describe("CompareView", () => {
  it("compares the two dropped lists: follow-ups, arrivals, key-field changes, grade moves", async () => {
    const { host } = fakeHost("browser");
    renderFluent(<CompareView host={host} today="20261015" />);
    await userEvent.upload(screen.getByTestId("compare-before-input"), beforeFile);
    expect(await screen.findByText(/2025秋\.xlsx：480 名学生/)).toBeTruthy();
    // the later list dropped onto its zone
    fireEvent.drop(screen.getByTestId("compare-after"), { dataTransfer: { files: [afterFile] } });

    const followUps = await screen.findByRole("table", { name: "控辍保学跟进：义务教育阶段、不在后表" }, { timeout: 20000 });
    const names = within(followUps).getAllByRole("row").slice(1).map((r) => r.children[1].textContent);
    expect(names.sort()).toEqual(pair.planted.leavers.map((s) => s.name).sort());
    expect(screen.getByRole("status").textContent).toContain("其中转入无学籍号 1 人");

    const arrivals = screen.getByRole("table", { name: "只在后表：新入学或转入" });
    const flagged = within(arrivals).getAllByRole("row").filter((r) => r.textContent!.includes("请办理学籍转接"));
    expect(flagged.map((r) => r.children[1].textContent)).toEqual([pair.planted.transferNoRegister.name]);

    const changes = screen.getByRole("table", { name: "关键字段变化：需关键数据变更申请" });
    expect(within(changes).getAllByRole("row")).toHaveLength(1 + pair.planted.keyChanges.length);
    expect(changes.textContent).toContain("姓名+性别+出生日期");
    const grades = screen.getByRole("table", { name: "年级异常和调班" });
    expect(grades.textContent).toContain(pair.planted.heldBack);
    expect(grades.textContent).toContain(pair.planted.skipped);
    const unsure = screen.getByRole("table", { name: "需人工核对" });
    expect(unsure.textContent).toContain(pair.planted.namesakes.name);
  }, 30000);

  it("downloads the comparison workbook, IDs masked when asked", async () => {
    const { host } = fakeHost("browser");
    renderFluent(<CompareView host={host} today="20261015" />);
    await userEvent.upload(screen.getByTestId("compare-before-input"), beforeFile);
    await userEvent.upload(screen.getByTestId("compare-after-input"), afterFile);
    await screen.findByRole("status", undefined, { timeout: 20000 });
    await userEvent.click(screen.getByRole("switch", { name: "身份证件号打码（报告外发时）" }));
    await userEvent.click(screen.getByRole("button", { name: "下载核对工作簿" }));
    const [bytes, name] = host.exportWorkbook.mock.calls[0] as unknown as [Uint8Array, string];
    expect(name).toBe("人籍核对结果.xlsx");
    const wb = XLSX.read(bytes, { type: "array" });
    expect(wb.SheetNames).toEqual(["汇总", "只在前表", "只在后表", "关键字段变化", "年级异常"]);
    const id = pair.planted.leavers[0].idNumber;
    expect(JSON.stringify(wb.Sheets)).not.toContain(id);
    expect(JSON.stringify(wb.Sheets["只在前表"])).toContain(`${id.slice(0, 6)}********${id.slice(14)}`);
  }, 30000);

  it("says why a list cannot be compared, and compares nothing", async () => {
    const { host } = fakeHost("browser");
    renderFluent(<CompareView host={host} today="20261015" />);
    const broken = new File([new TextEncoder().encode("PK\u0003\u0004 not really a zip")], "损坏.xlsx");
    await userEvent.upload(screen.getByTestId("compare-before-input"), broken);
    await userEvent.upload(screen.getByTestId("compare-after-input"), fileOf([["姓名", "班级"], ["张小明", "1班"]], "通讯录.xlsx"));
    expect(await screen.findByText(/^损坏\.xlsx：/)).toBeTruthy();
    expect(await screen.findByText(/通讯录\.xlsx：.*「姓名」和「身份证件号」两列/)).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  }, 30000);
});
