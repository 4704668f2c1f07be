import { readCustomProfile } from "./use-check-settings";

describe("readCustomProfile", () => {
  const good = { extends: "national", id: "test-county", name: "测试县", classCaps: { primary: 40, junior: 45 } };

  it("reads a file saved by Notepad with a byte-order mark", () => {
    const read = readCustomProfile("county.json", "\uFEFF" + JSON.stringify(good));
    expect(Array.isArray(read)).toBe(false);
    expect(!Array.isArray(read) && read.profile.classCaps.primary).toBe(40);
  });

  it("says where JSON is broken and what to look at", () => {
    const read = readCustomProfile("county.json", '{ "id": "x", }');
    expect(read).toEqual([expect.stringMatching(/^配置文件 county\.json 不是有效的 JSON（.+）。请用文本编辑器检查括号、引号和逗号/)]);
  });

  it("lists every bad field of a valid JSON that is no profile", () => {
    const read = readCustomProfile("county.json", JSON.stringify({ ...good, classCaps: { primary: 0, junior: "四十五" } }));
    expect(Array.isArray(read) && read.length).toBeGreaterThanOrEqual(2);
    expect((read as string[]).join("\n")).toMatch(/classCaps\.primary[\s\S]*classCaps\.junior/);
  });
});
