import { decode, encode } from "jpeg-js";

/**
 * Re-encodes a photo that is 60 KB or more so that it fits, only when the user asks (`xueji photos
 * --shrink`): lower JPEG quality first, then a smaller size, never below the profile's minimum pixels.
 * jpeg-js (pure JS) writes no EXIF, so a photo turned by an EXIF flag is left alone (it would turn back).
 */
const QUALITIES = [85, 75, 65, 55, 45];
const SCALE_STEP = 0.85;
/** a student photo is well under this; a bigger "photo" is not decoded (memory) */
const MAX_MEGAPIXELS = 40;

export interface ShrinkLimits {
  maxBytes: number;
  minWidth: number;
  minHeight: number;
}

/** The photo re-encoded under maxBytes, or null when it cannot be done without going below the minimum size. */
export function shrinkJpeg(bytes: Uint8Array, limits: ShrinkLimits): Uint8Array | null {
  let image: { width: number; height: number; data: Uint8Array };
  try {
    image = decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 512 });
  } catch {
    return null;
  }
  for (let scale = 1; ; scale *= SCALE_STEP) {
    const width = Math.round(image.width * scale);
    const height = Math.round(image.height * scale);
    if (scale < 1 && (width < limits.minWidth || height < limits.minHeight)) return null;
    const scaled = scale === 1 ? image : resize(image, width, height);
    for (const q of QUALITIES) {
      const out = new Uint8Array(encode(scaled, q).data);
      if (out.length < limits.maxBytes) return out;
    }
  }
}

/** Box-filtered downscale of RGBA pixels: each output pixel is the mean of the source pixels it covers. */
function resize(src: { width: number; height: number; data: Uint8Array }, width: number, height: number) {
  const data = new Uint8Array(width * height * 4);
  const fx = src.width / width;
  const fy = src.height / height;
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * fy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * fy));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * fx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * fx));
      const sum = [0, 0, 0];
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const i = (sy * src.width + sx) * 4;
          sum[0] += src.data[i];
          sum[1] += src.data[i + 1];
          sum[2] += src.data[i + 2];
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * width + x) * 4;
      data[o] = sum[0] / n;
      data[o + 1] = sum[1] / n;
      data[o + 2] = sum[2] / n;
      data[o + 3] = 255;
    }
  }
  return { width, height, data };
}
