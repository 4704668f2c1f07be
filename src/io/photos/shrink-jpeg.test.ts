import { imageInfo } from "../../core/photos/jpeg-info";
import { makeJpeg } from "../../core/photos/test-photos";
import { shrinkJpeg } from "./shrink-jpeg";

const limits = { maxBytes: 60 * 1024, minWidth: 154, minHeight: 189 };

describe("shrinkJpeg", () => {
  it("re-encodes a photo of 60 KB or more under the limit, keeping at least the minimum pixels", () => {
    const big = makeJpeg(400, 500, { seed: 3, noise: true, quality: 95 });
    expect(big.length).toBeGreaterThan(limits.maxBytes);
    const small = shrinkJpeg(big, limits)!;
    expect(small.length).toBeLessThan(limits.maxBytes);
    const info = imageInfo(small);
    if (!info.ok) throw new Error("not a JPEG");
    expect(info.width).toBeGreaterThanOrEqual(154);
    expect(info.height).toBeGreaterThanOrEqual(189);
    expect(info.width / info.height).toBeCloseTo(400 / 500, 1);
    expect(info.truncated).toBe(false);
  });

  it("gives up rather than go below the minimum size, and on what it cannot decode", () => {
    const big = makeJpeg(400, 500, { seed: 4, noise: true, quality: 95 });
    expect(shrinkJpeg(big, { ...limits, minWidth: 400, minHeight: 500, maxBytes: 20 * 1024 })).toBeNull();
    expect(shrinkJpeg(new TextEncoder().encode("不是照片"), limits)).toBeNull();
  });
});
