import { exportWorkbook, toBase64 } from "./export-workbook";

const bytes = new Uint8Array(Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256));

describe("toBase64", () => {
  it("encodes like Node's Buffer, across slice boundaries", () => {
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    expect(toBase64(new Uint8Array())).toBe("");
  });
});

describe("exportWorkbook", () => {
  const deps = () => ({ createWorkbook: jest.fn(async (_b: string) => undefined), download: jest.fn() });

  it("opens a new workbook where ExcelApi 1.8 is there", async () => {
    const d = deps();
    await expect(exportWorkbook(bytes, "清洁.xlsx", { createWorkbook: true, mac: false, web: false }, d)).resolves.toBe("opened");
    expect(d.createWorkbook).toHaveBeenCalledWith(Buffer.from(bytes).toString("base64"));
    expect(d.download).not.toHaveBeenCalled();
  });

  it("downloads when createWorkbook is missing or refused", async () => {
    const d = deps();
    await expect(exportWorkbook(bytes, "清洁.xlsx", { createWorkbook: false, mac: false, web: false }, d)).resolves.toBe("downloaded");
    expect(d.download).toHaveBeenCalledWith(bytes, "清洁.xlsx");
    const refused = deps();
    refused.createWorkbook.mockRejectedValue(Object.assign(new Error("extension hardening"), { code: "AccessDenied" }));
    await expect(exportWorkbook(bytes, "清洁.xlsx", { createWorkbook: true, mac: false, web: false }, refused)).resolves.toBe("downloaded");
  });

  it("never pretends to download on Mac", async () => {
    const d = deps();
    await expect(exportWorkbook(bytes, "清洁.xlsx", { createWorkbook: false, mac: true, web: false }, d)).rejects.toThrow(/Excel for Mac/);
    const refused = deps();
    const err = Object.assign(new Error("internal"), { code: "GeneralException" });
    refused.createWorkbook.mockRejectedValue(err);
    await expect(exportWorkbook(bytes, "清洁.xlsx", { createWorkbook: true, mac: true, web: false }, refused)).rejects.toBe(err);
    expect(d.download).not.toHaveBeenCalled();
    expect(refused.download).not.toHaveBeenCalled();
  });

  it("on Excel on the web, opens a file only when its base64 fits one request under the 5 MB cap; a bigger one is downloaded", async () => {
    const small = deps();
    await expect(exportWorkbook(bytes, "清洁.xlsx", { createWorkbook: true, mac: false, web: true }, small)).resolves.toBe("opened");
    const big = new Uint8Array(3_100_000); // 4.13 MB of base64
    const d = deps();
    await expect(exportWorkbook(big, "清洁.xlsx", { createWorkbook: true, mac: false, web: true }, d)).resolves.toBe("downloaded");
    expect(d.createWorkbook).not.toHaveBeenCalled();
    expect(d.download).toHaveBeenCalledWith(big, "清洁.xlsx");
    const desktop = deps();
    await expect(exportWorkbook(big, "清洁.xlsx", { createWorkbook: true, mac: false, web: false }, desktop)).resolves.toBe("opened");
  });
});
