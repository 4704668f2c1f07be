import { imageInfo } from "./jpeg-info";
import { grayJpegHeader, makeJpeg, PNG_BYTES, withExifOrientation } from "./test-photos";

describe("imageInfo", () => {
  it("reads the pixel size and colour components from a real encoder's JPEG", () => {
    expect(imageInfo(makeJpeg(260, 320))).toEqual({
      ok: true, width: 260, height: 320, components: 3, orientation: 1, shownWidth: 260, shownHeight: 320, truncated: false,
    });
  });

  it("reads the EXIF orientation in both byte orders; 5–8 swap the shown size", () => {
    const phone = makeJpeg(320, 260);
    expect(imageInfo(withExifOrientation(phone, 6))).toMatchObject({ width: 320, height: 260, orientation: 6, shownWidth: 260, shownHeight: 320 });
    expect(imageInfo(withExifOrientation(phone, 8, "MM"))).toMatchObject({ orientation: 8, shownWidth: 260, shownHeight: 320 });
    expect(imageInfo(withExifOrientation(phone, 3))).toMatchObject({ orientation: 3, shownWidth: 320, shownHeight: 260 });
  });

  it("ignores a broken EXIF block instead of reading past it", () => {
    const jpeg = withExifOrientation(makeJpeg(100, 120), 6);
    // IFD0 offset pointed far beyond the segment
    jpeg[2 + 4 + 6 + 4] = 0xff;
    expect(imageInfo(jpeg)).toMatchObject({ ok: true, orientation: 1 });
  });

  it("says a file cut short is truncated, and one with broken segments corrupt", () => {
    const jpeg = makeJpeg(200, 250);
    expect(imageInfo(jpeg.subarray(0, jpeg.length - 4000))).toMatchObject({ ok: true, truncated: true });
    const broken = jpeg.slice();
    broken[2] = 0x00;
    expect(imageInfo(broken)).toEqual({ ok: false, actual: "corrupt" });
    expect(imageInfo(jpeg.subarray(0, 30))).toEqual({ ok: false, actual: "corrupt" });
  });

  it("tells what a file that is not JPEG really is, whatever its name", () => {
    expect(imageInfo(PNG_BYTES)).toEqual({ ok: false, actual: "png" });
    expect(imageInfo(new TextEncoder().encode("GIF89a...."))).toEqual({ ok: false, actual: "gif" });
    expect(imageInfo(new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode("ftypheic")]))).toEqual({ ok: false, actual: "heic" });
    expect(imageInfo(new TextEncoder().encode("学生名单"))).toEqual({ ok: false, actual: "unknown" });
    expect(imageInfo(new Uint8Array())).toEqual({ ok: false, actual: "empty" });
  });

  it("sees a grayscale photo by its one component", () => {
    expect(imageInfo(grayJpegHeader(300, 400))).toMatchObject({ ok: true, components: 1, width: 300, height: 400 });
  });
});
