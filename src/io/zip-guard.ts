/**
 * A look at an xlsx's ZIP directory before the parser inflates anything: a truncated download has
 * no end-of-directory record, and a "zip bomb" announces an absurd unpacked size there.
 */
export type ZipCheck = { ok: true; unpackedBytes: number } | { ok: false; reason: "truncated" | "too-large" };

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function findEndOfDirectory(b: Uint8Array): number {
  const stop = Math.max(0, b.length - EOCD_MIN - MAX_COMMENT);
  for (let i = b.length - EOCD_MIN; i >= stop; i--) {
    if (u32(b, i) === EOCD_SIG) return i;
  }
  return -1;
}

export function checkZip(bytes: Uint8Array, maxUnpackedBytes: number): ZipCheck {
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) return { ok: false, reason: "truncated" };
  const entries = u16(bytes, eocd + 10);
  const dirOffset = u32(bytes, eocd + 16);
  let at = dirOffset;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CDH_SIG) return { ok: false, reason: "truncated" };
    const size = u32(bytes, at + 24);
    // 0xFFFFFFFF means a ZIP64 size (≥ 4 GiB): no student list is that big
    if (size === 0xffffffff) return { ok: false, reason: "too-large" };
    total += size;
    if (total > maxUnpackedBytes) return { ok: false, reason: "too-large" };
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { ok: true, unpackedBytes: total };
}
