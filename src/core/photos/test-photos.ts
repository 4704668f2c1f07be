import { encode } from "jpeg-js";

/**
 * Synthetic JPEGs for tests, made by a real encoder (jpeg-js): a smooth picture stays small, noise at a
 * high quality goes over 60 KB. The seed varies the picture so two photos never share bytes by accident.
 */
export function makeJpeg(width: number, height: number, opts: { seed?: number; noise?: boolean; quality?: number } = {}): Uint8Array {
  const seed = opts.seed ?? 1;
  const data = new Uint8Array(width * height * 4);
  let r = seed * 2654435761;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (opts.noise) {
        r = (Math.imul(r, 1103515245) + 12345) >>> 0;
        data[i] = r & 0xff;
        data[i + 1] = (r >>> 8) & 0xff;
        data[i + 2] = (r >>> 16) & 0xff;
      } else {
        data[i] = (x * 255) / width;
        data[i + 1] = (y * 255) / height;
        data[i + 2] = (seed * 37) & 0xff;
      }
      data[i + 3] = 255;
    }
  }
  return new Uint8Array(encode({ width, height, data }, opts.quality ?? 75).data);
}

/** The same JPEG with an EXIF block (APP1) carrying an Orientation tag, as a phone writes it. */
export function withExifOrientation(jpeg: Uint8Array, orientation: number, byteOrder: "II" | "MM" = "II"): Uint8Array {
  const le = byteOrder === "II";
  const u16 = (v: number) => (le ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff]);
  const u32 = (v: number) => (le ? [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24] : [v >>> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff]);
  // TIFF header, IFD0 at offset 8 with one entry: 0x0112 SHORT ×1 = orientation, no next IFD
  const tiff = [...[...byteOrder].map((c) => c.charCodeAt(0)), ...u16(42), ...u32(8), ...u16(1), ...u16(0x0112), ...u16(3), ...u32(1), ...u16(orientation), 0, 0, ...u32(0)];
  const body = [..."Exif"].map((c) => c.charCodeAt(0)).concat([0, 0], tiff);
  const len = body.length + 2;
  const app1 = [0xff, 0xe1, len >> 8, len & 0xff, ...body];
  const out = new Uint8Array(jpeg.length + app1.length);
  out.set(jpeg.subarray(0, 2));
  out.set(app1, 2);
  out.set(jpeg.subarray(2), 2 + app1.length);
  return out;
}

/** The first bytes of a real PNG file, enough for any content sniffing. */
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 4, 0, 0, 1, 64, 8, 2, 0, 0, 0]);

/** A header-only grayscale JPEG: SOI, a one-component SOF0 of the given size, EOI. */
export function grayJpegHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0, 0xff, 0xd9]);
}
