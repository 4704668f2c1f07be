/** @jest-environment jsdom */
import { createBrowserHost } from "./browser-host";

function mapStore() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe("createBrowserHost", () => {
  it("can edit nothing in place", () => {
    const host = createBrowserHost(mapStore());
    expect(host.kind).toBe("browser");
    expect(Object.values(host.capabilities).every((v) => v === false)).toBe(true);
  });

  it("refuses in-place edits with a Chinese reason", async () => {
    const host = createBrowserHost(mapStore());
    await expect(host.clearMarks()).rejects.toThrow(/浏览器版不能清除标记/);
    await expect(host.readTables(() => undefined, new AbortController().signal)).rejects.toThrow(/选择文件/);
  });

  it("remembers settings in the store", async () => {
    const store = mapStore();
    const host = createBrowserHost(store);
    await host.saveSetting("k", "v");
    expect(store.m.get("k")).toBe("v");
    expect(await createBrowserHost(store).loadSetting("k")).toBe("v");
  });

  it("keeps settings for the visit when storage throws", async () => {
    const host = createBrowserHost({
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
    });
    await host.saveSetting("k", "v");
    expect(await host.loadSetting("k")).toBe("v");
  });

  it("exports by downloading a file with the given name", async () => {
    const clicked: string[] = [];
    const urls: string[] = [];
    URL.createObjectURL = () => (urls.push("blob:x"), "blob:x");
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const how = await createBrowserHost(mapStore()).exportWorkbook(new Uint8Array([1]), "一年级-清理后.xlsx");
    expect(how).toBe("downloaded");
    expect(clicked).toEqual(["一年级-清理后.xlsx"]);
    expect(urls).toHaveLength(1);
    click.mockRestore();
  });
});
