/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as XLSX from "@e965/xlsx";
import { photoEntries, planted, rosterRows } from "../../core/photos/test-photo-set";
import { declaresHuge } from "../../io/photos/test-zip";
import { openZip } from "../../io/zip/zip-archive";
import { writeZip } from "../../io/zip/write-zip";
import { sampleXlsx } from "../../samples/sample-files";
import { fakeHost } from "../test-host";
import { renderFluent } from "../test-render";
import { PhotosView } from "./PhotosView";

/** jsdom's File keeps no bytes we can read back cheaply: the test reader hands them over by file */
const bytesOf = new WeakMap<File, Uint8Array>();
function file(bytes: Uint8Array, name: string, relativePath?: string): File {
  const f = new File([bytes as Uint8Array<ArrayBuffer>], name);
  if (relativePath) Object.defineProperty(f, "webkitRelativePath", { value: relativePath });
  bytesOf.set(f, bytes);
  return f;
}
const readFile = async (f: File) => bytesOf.get(f)!;

const folder = photoEntries.map((e) => file(e.bytes, e.path.split("/").pop()!, `照片/${e.path}`));
const zipBytes = writeZip(photoEntries.map((e) => ({ name: e.path, data: e.bytes })));
const roster = file(sampleXlsx({ sheet: "名单", rows: rosterRows(), planted: [] }), "名单.xlsx");

function setup() {
  const { host } = fakeHost("browser");
  const download = jest.fn();
  renderFluent(<PhotosView host={host} readFile={readFile} download={download} />);
  return { host, download };
}

describe("PhotosView", () => {
  it("checks a picked folder against a roster: summary, every problem, the missing students, files that do not belong", async () => {
    setup();
    expect(screen.getByTestId("photos-folder").hasAttribute("webkitdirectory")).toBe(true);
    await userEvent.upload(screen.getByTestId("photos-roster"), roster);
    expect(await screen.findByRole("button", { name: "名单：名单.xlsx（21 人）" })).toBeTruthy();
    await userEvent.upload(screen.getByTestId("photos-folder"), folder);

    const summary = await screen.findByTestId("photos-summary");
    expect(summary.textContent).toBe("照片：照片 22 张，合格 3，有错误 11，有提醒 5，可自动改名 3；名单 21 人，缺少照片 2 人；不属于上传的文件 3 个。");
    const table = screen.getByRole("table", { name: "照片问题" });
    const text = table.textContent!;
    expect(text).toContain(`一年级1班/${planted.notJpeg.text}.jpg错误这不是 JPG 照片：按文件内容，它根本不是图片`);
    expect(text).toContain(`改名为 ${planted.fixable.lowerX}.jpg`);
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 19);
    expect(within(screen.getByRole("list", { name: "缺少照片" })).getAllByRole("listitem")[1].textContent).toContain(`${planted.missing}（名单「名单」第 21 行）`);
    expect(within(screen.getByRole("list", { name: "其他文件" })).getAllByRole("listitem").map((li) => li.textContent)).toContain("一年级1班/Thumbs.db");
  }, 30000);

  it("downloads the report workbook and the correctly named copy as a zip", async () => {
    const { host, download } = setup();
    await userEvent.upload(screen.getByTestId("photos-roster"), roster);
    await userEvent.upload(screen.getByTestId("photos-zip"), file(zipBytes, "照片.zip"));
    await screen.findByTestId("photos-summary");

    await userEvent.click(screen.getByRole("button", { name: "下载检查报告" }));
    const [report, reportName] = host.exportWorkbook.mock.calls[0] as unknown as [Uint8Array, string];
    expect(reportName).toBe("照片检查报告.xlsx");
    expect(XLSX.read(report, { type: "array" }).SheetNames).toEqual(["汇总", "照片问题", "缺少照片", "照片清单", "其他文件"]);

    await userEvent.click(screen.getByRole("button", { name: "下载规范命名的照片（11 张，.zip）" }));
    const [copy, copyName, mime] = download.mock.calls[0] as [Uint8Array, string, string];
    expect([copyName, mime]).toEqual(["照片-规范命名.zip", "application/zip"]);
    expect(openZip(copy).entries.map((e) => e.name)).toContain(`一年级1班/${planted.fixable.upperExt}.jpg`);
  }, 30000);

  it("refuses a zip bomb and says so in Chinese", async () => {
    setup();
    await userEvent.upload(screen.getByTestId("photos-zip"), file(declaresHuge(zipBytes), "炸弹.zip"));
    expect(await screen.findByText(/压缩包「炸弹.zip」解压后超过 600 MB，已停止读取：它可能是“压缩炸弹”/)).toBeTruthy();
    expect(screen.queryByTestId("photos-summary")).toBeNull();
  });

  it("refuses a roster with no ID column", async () => {
    setup();
    await userEvent.upload(screen.getByTestId("photos-roster"), file(sampleXlsx({ sheet: "Sheet1", rows: [["姓名", "班级"], ["张三", "1班"]], planted: [] }), "班级.xlsx"));
    expect(await screen.findByText(/名单「班级.xlsx」中找不到身份证件号列/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "选择名单（可选）" })).toBeTruthy();
  });

  it("takes a dropped zip", async () => {
    setup();
    fireEvent.drop(screen.getByTestId("photos-drop"), { dataTransfer: { files: [file(zipBytes, "照片.zip")], items: [] } });
    expect((await screen.findByTestId("photos-summary")).textContent).toContain("照片.zip：照片 22 张");
  });
});
