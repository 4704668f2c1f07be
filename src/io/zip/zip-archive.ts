/**
 * Reads a ZIP's central directory without inflating anything. Every offset and count is checked
 * against the bytes we have: a truncated download or a lying directory becomes a ZipError, never
 * an out-of-range read or a silently shorter entry list.
 */
export type ZipErrorReason = "truncated" | "corrupt" | "too-large" | "encrypted" | "unsupported";

export class ZipError extends Error {
  constructor(
    readonly reason: ZipErrorReason,
    detail: string,
  ) {
    super(detail);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate */
  method: number;
  crc32: number;
  compressedSize: number;
  /** the uncompressed size as declared by the directory (checked when inflating) */
  size: number;
  /**
   * the compressed bytes exactly as stored (for copying an entry unchanged), or bytes [from, to) of them:
   * an archive read from a file is read piece by piece
   */
  raw(from?: number, to?: number): Uint8Array;
  /**
   * the name's bytes as stored and whether its UTF-8 flag is set: Windows' own zipper writes Chinese names
   * in GBK without the flag, which only a reader of such names (the photo check) decodes
   */
  nameBytes?: Uint8Array;
  utf8Name?: boolean;
}

/**
 * Where an archive's bytes are: in memory, or in a file read as needed (the command line edits its upload
 * copy from the file, so the 40 MB source need not stay in memory through the check).
 */
export interface ZipBytes {
  readonly length: number;
  /** bytes [from, to) (to ≤ length): a view in memory, a new buffer from a file */
  read(from: number, to: number): Uint8Array;
}

/** bytes [from, to) of a file in memory or read as needed (the whole file by default) */
export function bytesOf(source: Uint8Array | ZipBytes, from = 0, to = source.length): Uint8Array {
  return source instanceof Uint8Array ? source.subarray(from, to) : source.read(from, Math.min(to, source.length));
}

function inMemory(bytes: Uint8Array): ZipBytes {
  return { length: bytes.length, read: (from, to) => bytes.subarray(from, to) };
}

export interface ZipArchive {
  entries: ZipEntry[];
  get(name: string): ZipEntry | undefined;
}

const EOCD_SIG = 0x06054b50;
const Z64_LOC_SIG = 0x07064b50;
const Z64_EOCD_SIG = 0x06064b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** 64-bit little-endian as a number; beyond 2^53 cannot be a real offset here, so it is refused */
function u64(b: Uint8Array, at: number): number {
  const hi = u32(b, at + 4);
  if (hi > 0x1fffff) throw new ZipError("too-large", "zip64 value beyond 2^53");
  return hi * 0x100000000 + u32(b, at);
}

/** the end record's offset in `tail` (the file's last bytes), or -1 */
function findEndOfDirectory(tail: Uint8Array): number {
  for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
    if (tail[i] === 0x50 && u32(tail, i) === EOCD_SIG) return i;
  }
  return -1;
}

const utf8 = new TextDecoder("utf-8");
// names without the UTF-8 flag are CP437 in the spec, but Office only writes ASCII part names
const latin1 = new TextDecoder("latin1");

interface Directory {
  count: number;
  offset: number;
  size: number;
}

/** The directory's place, from the end record at `eocd` in `tail`, which starts at `tailStart` of `src`. */
function readDirectoryLocation(src: ZipBytes, tail: Uint8Array, tailStart: number, eocd: number): Directory {
  let count = u16(tail, eocd + 10);
  let size = u32(tail, eocd + 12);
  let offset = u32(tail, eocd + 16);
  const loc = tailStart + eocd - 20;
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && loc >= 0) {
    const locator = src.read(loc, loc + 20);
    if (u32(locator, 0) === Z64_LOC_SIG) {
      const z = u64(locator, 8);
      if (z + 56 > src.length) throw new ZipError("truncated", "zip64 end record missing");
      const record = src.read(z, z + 56);
      if (u32(record, 0) !== Z64_EOCD_SIG) throw new ZipError("truncated", "zip64 end record missing");
      count = u64(record, 32);
      size = u64(record, 40);
      offset = u64(record, 48);
    }
  }
  return { count, offset, size };
}

/** Reads the central directory (zip64 ok); the entry count is only a hint, the records themselves decide. */
export function openZip(source: Uint8Array | ZipBytes): ZipArchive {
  const src = source instanceof Uint8Array ? inMemory(source) : source;
  const tailStart = Math.max(0, src.length - EOCD_MIN - MAX_COMMENT);
  const tail = src.read(tailStart, src.length);
  const eocd = findEndOfDirectory(tail);
  if (eocd < 0) throw new ZipError("truncated", "no end-of-central-directory record");
  const dir = readDirectoryLocation(src, tail, tailStart, eocd);
  if (dir.offset + dir.size > src.length) throw new ZipError("truncated", "central directory beyond end of file");
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  // the directory's records, offsets from 0
  const bytes = src.read(dir.offset, dir.offset + dir.size);
  let at = 0;
  const end = dir.size;
  // walk records while they are there: a count that says more than the directory holds is truncation,
  // fewer would hide entries, so records past the count are read too
  while (at + 4 <= end && u32(bytes, at) === CDH_SIG) {
    if (at + 46 > end) throw new ZipError("truncated", "central directory record cut off");
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const crc = u32(bytes, at + 16);
    let compressedSize = u32(bytes, at + 20);
    let size = u32(bytes, at + 24);
    const nameLen = u16(bytes, at + 28);
    const extraLen = u16(bytes, at + 30);
    const commentLen = u16(bytes, at + 32);
    let localOffset = u32(bytes, at + 42);
    const next = at + 46 + nameLen + extraLen + commentLen;
    if (next > end) throw new ZipError("truncated", "central directory record cut off");
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // zip64 extra field: the values present are those whose 32-bit field is saturated, in this order
      let x = at + 46 + nameLen;
      const xEnd = x + extraLen;
      while (x + 4 <= xEnd) {
        const id = u16(bytes, x);
        const len = u16(bytes, x + 2);
        if (id === 1) {
          let p = x + 4;
          if (size === 0xffffffff) (size = u64(bytes, p)), (p += 8);
          if (compressedSize === 0xffffffff) (compressedSize = u64(bytes, p)), (p += 8);
          if (localOffset === 0xffffffff) localOffset = u64(bytes, p);
          break;
        }
        x += 4 + len;
      }
    }
    const entry = { ...makeEntry(src, name, flags, method, crc, compressedSize, size, localOffset), nameBytes, utf8Name: (flags & 0x800) !== 0 };
    entries.push(entry);
    if (!byName.has(name)) byName.set(name, entry);
    at = next;
  }
  if (entries.length < dir.count) throw new ZipError("truncated", `directory says ${dir.count} entries, holds ${entries.length}`);
  return { entries, get: (name) => byName.get(name) };
}

function makeEntry(
  src: ZipBytes,
  name: string,
  flags: number,
  method: number,
  crc: number,
  compressedSize: number,
  size: number,
  localOffset: number,
): ZipEntry {
  let dataStart = -1;
  const start = (): number => {
    if (dataStart >= 0) return dataStart;
    if (flags & 1) throw new ZipError("encrypted", `${name} is encrypted`);
    if (localOffset + 30 > src.length) throw new ZipError("corrupt", `${name}: local header missing`);
    const header = src.read(localOffset, localOffset + 30);
    if (u32(header, 0) !== LFH_SIG) throw new ZipError("corrupt", `${name}: local header missing`);
    // the local header's own name/extra lengths decide where data starts (they may differ from the directory's)
    const at = localOffset + 30 + u16(header, 26) + u16(header, 28);
    if (at + compressedSize > src.length) throw new ZipError("truncated", `${name}: data beyond end of file`);
    return (dataStart = at);
  };
  return {
    name,
    method,
    crc32: crc,
    compressedSize,
    size,
    raw(from = 0, to = compressedSize) {
      const at = start();
      return src.read(at + Math.max(0, from), at + Math.min(to, compressedSize));
    },
  };
}
