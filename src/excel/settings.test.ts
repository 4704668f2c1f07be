import { OfficeMockObject } from "office-addin-mock";
import { loadSetting, saveSetting, type OfficeSettings } from "./settings";

jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));

function settingsMock(saveStatus: "succeeded" | "failed") {
  const store = new Map<string, unknown>();
  const mock = new OfficeMockObject({
    get: (key: string) => (store.has(key) ? store.get(key) : null),
    set: (key: string, value: unknown) => void store.set(key, value),
    saveAsync: (cb: (r: unknown) => void) =>
      cb(saveStatus === "succeeded" ? { status: "succeeded" } : { status: "failed", error: { code: 5001, message: "内部错误" } }),
  });
  return { settings: mock as unknown as OfficeSettings, store };
}

describe("settings", () => {
  it("saves to the document and reads back", async () => {
    const { settings, store } = settingsMock("succeeded");
    await saveSetting(settings, "profile", "nongan");
    expect(store.get("profile")).toBe("nongan");
    expect(loadSetting(settings, "profile")).toBe("nongan");
    expect(loadSetting(settings, "missing")).toBeNull();
  });

  it("reports a failed save instead of swallowing it", async () => {
    const { settings } = settingsMock("failed");
    await expect(saveSetting(settings, "profile", "x")).rejects.toMatchObject({ message: "内部错误", code: "5001" });
  });

  it("ignores values that are not text", () => {
    const { settings, store } = settingsMock("succeeded");
    store.set("profile", { id: 1 });
    expect(loadSetting(settings, "profile")).toBeNull();
  });
});
