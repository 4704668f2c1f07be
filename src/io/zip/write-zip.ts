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
 * a 50,000-row sheet we make or edit is never whole in memory. `sizeHint` is the compressed size expected
 * (an edited sheet's source entry), so the output is allocated once.
 */
export type ZipOut =
  | { name: string; data: Uint8Array }
  | { name: string; copy: ZipEntry }
  | { name: string; stream: (put: (piece: Uint8Array) => void) => void; sizeHint?: number };

interface Placed {
  name: Uint8Array;
  method: number;
  crc: number;
  csize: number;
  size: number;
  offset: number;
}

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

const enc = new TextEncoder();
// 1980-01-01 00:00 in DOS time: a fixed stamp keeps output reproducible
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const MAX32 = 0xfffffffe;

/**
 * The archive, written straight into one output buffer: compressed pieces are not kept and joined at
 * the end, which held the compressed sheet twice.
 */
export function writeZip(entries: ZipOut[], opts?: { level?: number }): Uint8Array {
  const level = (opts?.level ?? 1) as Level;
  const names = entries.map((e) => enc.encode(e.name));
  // new data is compressed first, so its size in the archive is known before the buffer is allocated
  const bodies = entries.map((e) => ("data" in e ? dataBody(e.data, level) : undefined));
  const out = new Output(estimate(entries, names, bodies));
  const placed: Placed[] = [];
  entries.forEach((e, i) => {
    const name = names[i];
    const offset = out.length;
    // the local header goes first; its CRC and sizes are filled in once the body is written
    out.room(30 + name.length);
    out.length += 30 + name.length;
    const bodyStart = out.length;
    let method: number;
    let crc: number;
    let size: number;
    if ("stream" in e) {
      ({ crc, size } = deflateStream(e.stream, level, out));
      method = 8;
    } else if ("copy" in e) {
      out.put(e.copy.raw());
      method = e.copy.method;
      crc = e.copy.crc32;
      size = e.copy.size;
    } else {
      const body = bodies[i]!;
      out.put(body.bytes);
      ({ method, crc, size } = body);
      bodies[i] = undefined;
    }
    const csize = out.length - bodyStart;
    if (offset > MAX32 || csize > MAX32 || size > MAX32) throw new RangeError("writeZip: zip64 output is not supported");
    const p: Placed = { name, method, crc, csize, size, offset };
    localHeader(out.bytes(), p);
    placed.push(p);
  });
  const dirStart = out.length;
  if (placed.length > 0xffff || dirStart > MAX32) throw new RangeError("writeZip: zip64 output is not supported");
  for (const p of placed) {
    out.room(46 + p.name.length);
    centralHeader(out.bytes(), out.length, p);
    out.length += 46 + p.name.length;
  }
  out.room(22);
  const v = new DataView(out.bytes().buffer, out.length, 22);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, placed.length, true);
  v.setUint16(10, placed.length, true);
  v.setUint32(12, out.length - dirStart, true);
  v.setUint32(16, dirStart, true);
  out.length += 22;
  return out.result();
}

/** New data as it goes into the archive: deflated, or stored at level 0 and when empty. */
function dataBody(data: Uint8Array, level: Level): { bytes: Uint8Array; method: number; crc: number; size: number } {
  const crc = crc32(data);
  if (level === 0 || data.length === 0) return { bytes: data, method: 0, crc, size: data.length };
  return { bytes: zipCodec()?.deflateRaw(data, level) ?? deflateSync(data, { level }), method: 8, crc, size: data.length };
}

/** What the archive will take: exact for copies, new data and headers, the hint for a part written in pieces. */
function estimate(entries: ZipOut[], names: Uint8Array[], bodies: ({ bytes: Uint8Array } | undefined)[]): number {
  let n = 22;
  entries.forEach((e, i) => {
    n += 76 + 2 * names[i].length;
    if ("copy" in e) n += e.copy.compressedSize;
    else if ("data" in e) n += bodies[i]!.bytes.length;
    else n += Math.ceil((e.sizeHint ?? 256 * 1024) * 1.05) + 64;
  });
  return n;
}

function localHeader(buf: Uint8Array, p: Placed): void {
  const v = new DataView(buf.buffer, buf.byteOffset + p.offset, 30);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 0x800, true);
  v.setUint16(8, p.method, true);
  v.setUint16(10, DOS_TIME, true);
  v.setUint16(12, DOS_DATE, true);
  v.setUint32(14, p.crc, true);
  v.setUint32(18, p.csize, true);
  v.setUint32(22, p.size, true);
  v.setUint16(26, p.name.length, true);
  v.setUint16(28, 0, true);
  buf.set(p.name, p.offset + 30);
}

function centralHeader(buf: Uint8Array, at: number, p: Placed): void {
  buf.fill(0, at, at + 46);
  const v = new DataView(buf.buffer, buf.byteOffset + at, 46);
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
  buf.set(p.name, at + 46);
}

/** The archive being written; grows by half when an estimate falls short. */
class Output {
  private buf: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(64, capacity));
  }

  room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.length + n, Math.ceil(this.buf.length * 1.5)));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  put(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  /** the buffer as it is now (valid until the next room) */
  bytes(): Uint8Array {
    return this.buf;
  }

  /** the archive: a view when the estimate was close, else a copy that frees the unused end */
  result(): Uint8Array {
    const spare = this.buf.length - this.length;
    return spare <= this.length / 8 ? this.buf.subarray(0, this.length) : this.buf.slice(0, this.length);
  }
}

/** A part compressed as it is written, straight into the output: its CRC and unpacked size. */
function deflateStream(stream: (put: (piece: Uint8Array) => void) => void, level: Level, out: Output): { crc: number; size: number } {
  let crc = 0;
  let size = 0;
  const codec = zipCodec();
  const lvl = level === 0 ? 1 : level;
  if (codec?.deflateRawPiece) {
    // pieces gathered to 256 KB: small ones would each restart the compressor's window
    const staged = new Uint8Array(PIECE);
    let filled = 0;
    const deflatePiece = () => {
      if (filled > 0) out.put(codec.deflateRawPiece!(staged.subarray(0, filled), lvl));
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
    out.put(FINAL_EMPTY_BLOCK);
    return { crc, size };
  }
  const deflate = new Deflate({ level: lvl }, (chunk) => out.put(chunk));
  stream((piece) => {
    crc = crc32(piece, crc);
    size += piece.length;
    deflate.push(piece);
  });
  deflate.push(new Uint8Array(0), true);
  return { crc, size };
}

const PIECE = 256 * 1024;
/** a final block of fixed codes holding only its end code: ends a stream of sync-flushed pieces */
const FINAL_EMPTY_BLOCK = new Uint8Array([0x03, 0x00]);
