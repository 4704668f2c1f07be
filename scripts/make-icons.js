#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png, assets/logo-filled.png): an
 * Office-green rounded square with a white register sheet (three rows) and a check mark.
 * A tiny PNG encoder (zlib + CRC32) keeps this free of image packages. Run: node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GREEN = [0x21, 0x73, 0x46];
const WHITE = [0xff, 0xff, 0xff];
const LIGHT = [0xc6, 0xef, 0xce];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size × size × 4) → PNG bytes. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1), as "is this point inside" tests.
function roundedSquare(x, y, r) {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}
function rect(x, y, x0, y0, x1, y1) {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}
function segment(x, y, ax, ay, bx, by, w) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const px = ax + t * vx - x;
  const py = ay + t * vy - y;
  return px * px + py * py <= (w / 2) * (w / 2);
}

/** Colour of one point, or null for transparent. */
function shade(x, y) {
  if (!roundedSquare(x, y, 0.18)) return null;
  // the check mark's badge sits over the sheet's lower right corner
  const bx = x - 0.7;
  const by = y - 0.7;
  if (bx * bx + by * by <= 0.22 * 0.22) {
    if (segment(x, y, 0.59, 0.71, 0.67, 0.79, 0.07) || segment(x, y, 0.67, 0.79, 0.82, 0.61, 0.07)) return GREEN;
    return LIGHT;
  }
  if (bx * bx + by * by <= 0.27 * 0.27) return GREEN; // a green ring separates badge and sheet
  // the register sheet: three rows, a narrow first column (the row number)
  for (const top of [0.2, 0.4, 0.6]) {
    if (rect(x, y, 0.18, top, 0.3, top + 0.12) || rect(x, y, 0.35, top, 0.8, top + 0.12)) return WHITE;
  }
  return GREEN;
}

function draw(size) {
  const SS = 4; // supersampling per axis, for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return encodePng(size, rgba);
}

const out = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(out, `icon-${size}.png`), draw(size));
fs.writeFileSync(path.join(out, "logo-filled.png"), draw(300));
console.log(`icons written to ${out}`);
