import { detectHostKind } from "./start";

const HostType = { Excel: "Excel" };

describe("detectHostKind", () => {
  it("is the browser when Office.js did not load", async () => {
    await expect(detectHostKind(undefined)).resolves.toBe("browser");
  });
  it("is Excel when onReady reports Excel", async () => {
    await expect(detectHostKind({ HostType, onReady: async () => ({ host: "Excel" }) })).resolves.toBe("excel");
  });
  it("is the browser when Office.js loaded in a plain tab (no host)", async () => {
    await expect(detectHostKind({ HostType, onReady: async () => ({ host: null }) })).resolves.toBe("browser");
  });
  it("is the browser when onReady never answers", async () => {
    const never = { HostType, onReady: () => new Promise<{ host: unknown }>(() => undefined) };
    await expect(detectHostKind(never, 20)).resolves.toBe("browser");
  });
  it("is the browser when onReady fails", async () => {
    await expect(detectHostKind({ HostType, onReady: () => Promise.reject(new Error("x")) })).resolves.toBe("browser");
  });
});
