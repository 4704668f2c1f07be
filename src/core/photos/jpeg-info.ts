import { exifOrientation } from "./exif-orientation";

/**
 * What a photo file really is, read from its bytes, never from its name: a JPEG's frame header (SOF) gives
 * the stored pixel size and colour components, its EXIF block the orientation a viewer turns it by. Only
 * the marker segments are walked (a few hundred bytes); the image data is not decoded.
 */
export type ImageInfo =
  | {
      ok: true;
      /** stored pixel size, as in the frame header */
      width: number;
      height: number;
      /** 1 gray, 3 colour (YCbCr), 4 CMYK */
      components: number;
      /** EXIF orientation 1–8; 1 when the file has none */
      orientation: number;
      /** the size as a viewer that honours EXIF shows it (orientations 5–8 swap width and height) */
      shownWidth: number;
      shownHeight: number;
      /** the end-of-image marker is missing: the file was cut short (a broken copy or download) */
      truncated: boolean;
    }
  | {
      ok: false;
      /** what the bytes are when not JPEG ("png", "heic" …), "unknown" when we cannot tell; "corrupt": JPEG start, broken segments */
      actual: OtherFormat | "corrupt";
    };

export type OtherFormat = "png" | "gif" | "bmp" | "webp" | "heic" | "tiff" | "pdf" | "zip" | "empty" | "unknown";

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP1 = 0xe1;
/** the end marker may be followed by padding some cameras and editors append */
const EOI_SEARCH = 4096;

function u16(b: Uint8Array, at: number): number {
  return (b[at] << 8) | b[at + 1];
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which are not frame headers */
function isFrameHeader(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

export function imageInfo(b: Uint8Array): ImageInfo {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== SOI) return { ok: false, actual: otherFormat(b) };
  let at = 2;
  let frame: { width: number; height: number; components: number } | null = null;
  let orientation = 1;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return { ok: false, actual: "corrupt" };
    const marker = b[at + 1];
    // fill bytes (FF FF …) before a marker are allowed
    if (marker === 0xff) {
      at++;
      continue;
    }
    // markers without a length: TEM and RSTn
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === SOS || marker === EOI) break;
    const len = u16(b, at + 2);
    if (len < 2 || at + 2 + len > b.length) return { ok: false, actual: "corrupt" };
    const seg = at + 4;
    if (isFrameHeader(marker) && len >= 8) {
      frame = { height: u16(b, seg + 1), width: u16(b, seg + 3), components: b[seg + 5] };
    } else if (marker === APP1 && orientation === 1) {
      orientation = exifOrientation(b.subarray(seg, at + 2 + len)) ?? 1;
    }
    at += 2 + len;
  }
  if (!frame || frame.width === 0 || frame.height === 0) return { ok: false, actual: "corrupt" };
  const swapped = orientation >= 5 && orientation <= 8;
  return {
    ok: true,
    ...frame,
    orientation,
    shownWidth: swapped ? frame.height : frame.width,
    shownHeight: swapped ? frame.width : frame.height,
    truncated: !endsWithEoi(b),
  };
}

function endsWithEoi(b: Uint8Array): boolean {
  for (let i = b.length - 2; i >= Math.max(0, b.length - EOI_SEARCH); i--) {
    if (b[i] === 0xff && b[i + 1] === EOI) return true;
  }
  return false;
}

function startsWith(b: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > b.length) return false;
  for (let i = 0; i < ascii.length; i++) if (b[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** What a file that is not JPEG is, by its first bytes, so the message can say "这其实是 PNG 图片". */
function otherFormat(b: Uint8Array): OtherFormat {
  if (b.length === 0) return "empty";
  if (b[0] === 0x89 && startsWith(b, 1, "PNG")) return "png";
  if (startsWith(b, 0, "GIF8")) return "gif";
  if (startsWith(b, 0, "BM")) return "bmp";
  if (startsWith(b, 0, "RIFF") && startsWith(b, 8, "WEBP")) return "webp";
  if (startsWith(b, 4, "ftyp") && ["heic", "heix", "mif1", "msf1", "hevc"].some((brand) => startsWith(b, 8, brand))) return "heic";
  if (startsWith(b, 0, "II*\u0000") || startsWith(b, 0, "MM\u0000*")) return "tiff";
  if (startsWith(b, 0, "%PDF")) return "pdf";
  if (startsWith(b, 0, "PK\u0003\u0004")) return "zip";
  return "unknown";
}
