/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as XLSX from "@e965/xlsx";
import { generateCounty } from "../samples/county";
import { xlsxOf } from "../samples/county-files";
import { fakeHost } from "./test-host";
import { renderFluent } from "./test-render";
import { AuditView } from "./AuditView";

/** Files as a folder picker hands them over: bytes plus the path inside the picked folder. */
function folderFile(bytes: Uint8Array, path: string): File {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], path.split("/").pop()!);
  Object.defineProperty(file, "webkitRelativePath", { value: path });
  return file;
}

const county = generateCounty({ schools: 4, rowsPerSchool: 420, schoolYear: 2025, plant: true });
const files = [
  ...county.schools.map((s) => folderFile(xlsxOf(s), `上报/${s.path}`)),
  folderFile(new TextEncoder().encode("not a workbook"), "上报/说明.xlsx"),
  folderFile(new TextEncoder().encode("ignored"), "上报/readme.txt"),
];

describe("AuditView", () => {
  it("audits a picked folder: schools, cross-school duplicates, class chart and unreadable files", async () => {
    const { host } = fakeHost("browser");
    renderFluent(<AuditView host={host} today="20251015" />);
    const folder = screen.getByTestId("audit-folder");
    expect(folder.hasAttribute("webkitdirectory")).toBe(true);
    await userEvent.upload(folder, files);

    const schools = await screen.findByRole("table", { name: "各校情况" }, { timeout: 20000 });
    const rows = within(schools).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(4);
    // every school here has a planted problem: none may upload
    expect(rows.map((r) => r.lastElementChild!.textContent)).toEqual(["否", "否", "否", "否"]);

    const dups = screen.getByRole("table", { name: "跨校重复" });
    const dupText = dups.textContent!;
    for (const d of county.planted!.duplicateIds) expect(dupText).toContain(d.id);
    expect(dupText).toContain(`学籍辅号 ${county.planted!.duplicateAuxNumber.value}`);
    for (const twin of county.planted!.prefixTwins) expect(dupText).not.toContain(twin);
    expect(within(dups).getAllByRole("row")).toHaveLength(1 + 6);

    expect(screen.getAllByTestId("class-bar").length).toBe(30);
    const over = screen.getByRole("list", { name: "超班额班级" });
    expect(within(over).getAllByRole("listitem").map((li) => li.textContent)).toEqual(
      county.planted!.overCapClasses.map((c) => `${c.school} ${c.grade}${c.className}：${c.count} 人（上限 45）`),
    );
    // the .txt was never read; the text file named .xlsx is read as text, and is no template
    expect(screen.getByRole("list", { name: "无法读取的文件" }).textContent).toBe(
      "上报/说明.xlsx：文件中没有学籍导入模板工作表，请使用系统下载的模板",
    );
  }, 30000);

  it("downloads the audit workbook, with IDs masked when asked", async () => {
    const { host } = fakeHost("browser");
    renderFluent(<AuditView host={host} today="20251015" />);
    await userEvent.upload(screen.getByTestId("audit-files"), files.slice(0, 4));
    await screen.findByRole("table", { name: "各校情况" }, { timeout: 20000 });
    await userEvent.click(screen.getByRole("switch", { name: "身份证件号打码（报告外发时）" }));
    await userEvent.click(screen.getByRole("button", { name: "下载核查工作簿" }));
    expect(host.exportWorkbook).toHaveBeenCalledTimes(1);
    const [bytes, name] = host.exportWorkbook.mock.calls[0] as unknown as [Uint8Array, string];
    expect(name).toBe("县区核查结果.xlsx");
    const wb = XLSX.read(bytes, { type: "array" });
    expect(wb.SheetNames).toEqual(["汇总", "跨校重复", "班额统计", "问题清单", "无法读取"]);
    const ids = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets["跨校重复"]).map((r) => r["号码"]);
    const id = county.planted!.duplicateIds[0].id;
    expect(ids).toContain(`${id.slice(0, 6)}********${id.slice(14)}`);
    expect(ids).not.toContain(id);
  }, 30000);
});
