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
    await expect(exportWorkbook(bytes, "清洁.xlsx", { createWorkbook: true, mac: false }, d)).resolves.toBe("opened");
    expect(d.createWorkbook).toHaveBeenCalledWith(Buffer.from(bytes).toString("base64"));
    expect(d.download).not.toHaveBeenCalled();
  });

  it("downloads when createWorkbook is missing or refused", async () => {
    const d = deps();
    await expect(exportWorkbook(bytes, "清洁.xlsx", { createWorkbook: false, mac: false }, d)).resolves.toBe("downloaded");
    expect(d.download).toHaveBeenCalledWith(bytes, "清洁.xlsx");
    const refused = deps();
    refused.createWorkbook.mockRejectedValue(Object.assign(new Error("extension hardening"), { code: "AccessDenied" }));
    await expect(exportWorkbook(bytes, "清洁.xlsx", { createWorkbook: true, mac: false }, refused)).resolves.toBe("downloaded");
  });

  it("never pretends to download on Mac", async () => {
    const d = deps();
    await expect(exportWorkbook(bytes, "清洁.xlsx", { createWorkbook: false, mac: true }, d)).rejects.toThrow(/Excel for Mac/);
    const refused = deps();
    const err = Object.assign(new Error("internal"), { code: "GeneralException" });
    refused.createWorkbook.mockRejectedValue(err);
    await expect(exportWorkbook(bytes, "清洁.xlsx", { createWorkbook: true, mac: true }, refused)).rejects.toBe(err);
    expect(d.download).not.toHaveBeenCalled();
    expect(refused.download).not.toHaveBeenCalled();
  });
});
