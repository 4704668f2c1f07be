/**
 * Writes a ZIP from new data or entries copied byte for byte from another archive (no re-deflate,
 * so untouched parts of a workbook cost nothing and stay identical).
 */
import { Deflate, deflateSync } from "fflate";
import { zipCodec } from "./codec";
import { crc32 } from "./crc32";
import { ZipEntry } from "./zip-archive";

/**
 * An entry is new bytes, an entry copied from another archive, or a part written piece by piece (`stream`
 * calls `put` with each piece, which is taken in before `put` returns, so the caller may reuse its buffer):
 * a 50,000-row sheet we make or edit is never whole in memory.
 */
export type ZipOut =
  | { name: string; data: Uint8Array }
  | { name: string; copy: ZipEntry }
  | { name: string; stream: (put: (piece: Uint8Array) => void) => void };

interface Placed {
  name: Uint8Array;
  method: number;
  crc: number;
  csize: number;
  size: number;
  offset: number;
}

const enc = new TextEncoder();
// 1980-01-01 00:00 in DOS time: a fixed stamp keeps output reproducible
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function writeZip(entries: ZipOut[], opts?: { level?: number }): Uint8Array {
  const level = (opts?.level ?? 1) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  const parts: Uint8Array[] = [];
  const placed: Placed[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    let body: Uint8Array | Uint8Array[];
    let method: number;
    let crc: number;
    let size: number;
    if ("stream" in e) {
      ({ body, crc, size } = deflateStream(e.stream, level));
      method = 8;
    } else if ("copy" in e) {
      body = e.copy.raw();
      method = e.copy.method;
      crc = e.copy.crc32;
      size = e.copy.size;
    } else {
      crc = crc32(e.data);
      size = e.data.length;
      if (level === 0 || size === 0) {
        body = e.data;
        method = 0;
      } else {
        body = zipCodec()?.deflateRaw(e.data, level) ?? deflateSync(e.data, { level });
        method = 8;
      }
    }
    const csize = Array.isArray(body) ? body.reduce((n, b) => n + b.length, 0) : body.length;
    if (offset > 0xfffffffe || csize > 0xfffffffe || size > 0xfffffffe)
      throw new RangeError("writeZip: zip64 output is not supported");
    const h = new Uint8Array(30 + name.length);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 0x800, true);
    v.setUint16(8, method, true);
    v.setUint16(10, DOS_TIME, true);
    v.setUint16(12, DOS_DATE, true);
    v.setUint32(14, crc, true);
    v.setUint32(18, csize, true);
    v.setUint32(22, size, true);
    v.setUint16(26, name.length, true);
    h.set(name, 30);
    parts.push(h, ...(Array.isArray(body) ? body : [body]));
    placed.push({ name, method, crc, csize, size, offset });
    offset += h.length + csize;
  }
  if (placed.length > 0xffff || offset > 0xfffffffe) throw new RangeError("writeZip: zip64 output is not supported");
  const dirStart = offset;
  for (const p of placed) {
    const h = new Uint8Array(46 + p.name.length);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 20, true);
    v.setUint16(8, 0x800, true);
    v.setUint16(10, p.method, true);
    v.setUint16(12, DOS_TIME, true);
    v.setUint16(14, DOS_DATE, true);
    v.setUint32(16, p.crc, true);
    v.setUint32(20, p.csize, true);
    v.setUint32(24, p.size, true);
    v.setUint16(28, p.name.length, true);
    v.setUint32(42, p.offset, true);
    h.set(p.name, 46);
    parts.push(h);
    offset += h.length;
  }
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, placed.length, true);
  v.setUint16(10, placed.length, true);
  v.setUint32(12, offset - dirStart, true);
  v.setUint32(16, dirStart, true);
  parts.push(end);
  const out = new Uint8Array(offset + 22);
  let p = 0;
  for (const part of parts) out.set(part, p), (p += part.length);
  return out;
}

/** A part compressed as it is written: its compressed pieces, CRC and unpacked size. */
function deflateStream(stream: (put: (piece: Uint8Array) => void) => void, level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9): { body: Uint8Array[]; crc: number; size: number } {
  const body: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  const codec = zipCodec();
  const lvl = level === 0 ? 1 : level;
  if (codec?.deflateRawPiece) {
    // pieces gathered to 256 KB: small ones would each restart the compressor's window
    const staged = new Uint8Array(PIECE);
    let filled = 0;
    const deflatePiece = () => {
      if (filled > 0) body.push(codec.deflateRawPiece!(staged.subarray(0, filled), lvl));
      filled = 0;
    };
    stream((piece) => {
      crc = crc32(piece, crc);
      size += piece.length;
      for (let at = 0; at < piece.length; ) {
        const n = Math.min(PIECE - filled, piece.length - at);
        staged.set(piece.subarray(at, at + n), filled);
        filled += n;
        at += n;
        if (filled === PIECE) deflatePiece();
      }
    });
    deflatePiece();
    body.push(FINAL_EMPTY_BLOCK.slice());
    return { body, crc, size };
  }
  const deflate = new Deflate({ level: lvl }, (chunk) => body.push(chunk));
  stream((piece) => {
    crc = crc32(piece, crc);
    size += piece.length;
    deflate.push(piece);
  });
  deflate.push(new Uint8Array(0), true);
  return { body, crc, size };
}

const PIECE = 256 * 1024;
/** a final block of fixed codes holding only its end code: ends a stream of sync-flushed pieces */
const FINAL_EMPTY_BLOCK = new Uint8Array([0x03, 0x00]);
