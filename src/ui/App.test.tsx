/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { fakeHost } from "./test-host";
import { renderFluent } from "./test-render";
import { FileSession } from "../web/file-session";

const io = { session: new FileSession(() => null), outputs: { upload: jest.fn(), report: jest.fn() } };

describe("App", () => {
  it("in Excel checks the open workbook (no file picker)", () => {
    renderFluent(<App host={fakeHost("excel").host} {...io} />);
    expect(screen.getByText("检查当前工作簿的学籍导入表")).toBeTruthy();
    expect(screen.getByRole("button", { name: "检查" })).toBeTruthy();
    expect(screen.queryByTestId("file-input")).toBeNull();
  });

  it("in a browser offers the file picker and says nothing is uploaded", () => {
    renderFluent(<App host={fakeHost("browser").host} {...io} />);
    expect(screen.getByTestId("file-input")).toBeTruthy();
    expect(screen.getByText(/文件不会上传/)).toBeTruthy();
  });

  it("has the county audit as a second tab", async () => {
    renderFluent(<App host={fakeHost("browser").host} {...io} />);
    await userEvent.click(screen.getByRole("tab", { name: "县区汇总审核" }));
    expect(screen.queryByTestId("file-input")).toBeNull();
    expect(screen.getByRole("tab", { name: "县区汇总审核" }).getAttribute("aria-selected")).toBe("true");
  });

  it("has the roster comparison as a third tab, with its two drop zones", async () => {
    renderFluent(<App host={fakeHost("browser").host} {...io} />);
    await userEvent.click(screen.getByRole("tab", { name: "人籍核对" }));
    expect(screen.getByTestId("compare-before")).toBeTruthy();
    expect(screen.getByTestId("compare-after")).toBeTruthy();
    expect(screen.queryByTestId("file-input")).toBeNull();
  });

  it("has a 照片 tab on the browser page only", async () => {
    renderFluent(<App host={fakeHost("browser").host} {...io} />);
    await userEvent.click(screen.getByRole("tab", { name: "照片" }));
    expect(screen.getByTestId("photos-folder")).toBeTruthy();
    expect(screen.getByText(/照片只在本机检查，不会上传/)).toBeTruthy();
  });

  it("has no 照片 tab in the Excel pane", () => {
    renderFluent(<App host={fakeHost("excel").host} {...io} />);
    expect(screen.queryByRole("tab", { name: "照片" })).toBeNull();
  });
});
