/**
 * Inflates one entry under a byte budget shared by the whole file, so a "zip bomb" stops when the
 * bytes really produced pass the cap — the directory's declared sizes are not trusted.
 */
import { Inflate } from "fflate";
import { zipCodec } from "./codec";
import { crc32 } from "./crc32";
import { ZipEntry, ZipError } from "./zip-archive";

/** bytes that may still be inflated in this file (shared across entries) */
export interface InflateBudget {
  remaining: number;
}

// small input steps bound how far one push can overshoot the budget (deflate expands at most ~1032×)
const STEP = 16 * 1024;

export function inflateEntry(entry: ZipEntry, budget: InflateBudget): Uint8Array {
  // a declared size over the budget is refused before inflating: it is a bomb or a lie either way
  if (entry.size > budget.remaining) throw new ZipError("too-large", `${entry.name}: declares ${entry.size} bytes`);
  const raw = entry.raw();
  let out: Uint8Array;
  if (entry.method === 0) {
    if (raw.length > budget.remaining) throw new ZipError("too-large", `${entry.name}: over the unpacked budget`);
    out = raw;
  } else if (entry.method === 8) {
    const codec = zipCodec();
    out = codec ? codec.inflateRaw(raw, budget.remaining, entry.name, entry.size) : inflateRaw(raw, budget, entry.name);
  } else {
    throw new ZipError("unsupported", `${entry.name}: compression method ${entry.method}`);
  }
  budget.remaining -= out.length;
  if (out.length !== entry.size) throw new ZipError("corrupt", `${entry.name}: size ${out.length}, declared ${entry.size}`);
  if (crc32(out) !== entry.crc32) throw new ZipError("corrupt", `${entry.name}: CRC mismatch`);
  return out;
}

function inflateRaw(raw: Uint8Array, budget: InflateBudget, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inf = new Inflate((chunk, final) => {
    chunks.push(chunk);
    total += chunk.length;
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < raw.length && !ended; at += STEP) {
      const last = at + STEP >= raw.length;
      inf.push(raw.subarray(at, at + STEP), last);
      if (total > budget.remaining) throw new ZipError("too-large", `${name}: over the unpacked budget`);
    }
    if (raw.length === 0) inf.push(raw, true);
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError("corrupt", `${name}: ${(e as Error).message}`);
  }
  if (!ended) throw new ZipError("corrupt", `${name}: deflate stream ends early`);
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) out.set(c, p), (p += c.length);
  return out;
}

/**
 * Inflates one entry piece by piece, handing each piece to `onChunk` as it comes: a big sheet is scanned
 * without its whole XML ever being in memory. Same budget, size and CRC checks as inflateEntry. fflate's
 * streaming inflater on the command line (node:zlib has no synchronous stream); the browser worker's codec
 * hands over what its native stream inflated ahead.
 */
export function inflateEntryChunks(entry: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): void {
  if (entry.size > budget.remaining) throw new ZipError("too-large", `${entry.name}: declares ${entry.size} bytes`);
  // read in steps too (an archive read from a file is never whole in memory); the local header is checked first
  const csize = entry.compressedSize;
  entry.raw(0, 0);
  let total = 0;
  let crc = 0;
  // an error of our own (over budget, or the consumer's) passes through; fflate's mean a corrupt stream
  let ours = false;
  const take = (chunk: Uint8Array) => {
    ours = true;
    total += chunk.length;
    if (total > budget.remaining) throw new ZipError("too-large", `${entry.name}: over the unpacked budget`);
    // more than the directory declares: the size lies, whatever follows
    if (total > entry.size) throw new ZipError("corrupt", `${entry.name}: longer than the declared ${entry.size} bytes`);
    crc = crc32(chunk, crc);
    onChunk(chunk);
    ours = false;
  };
  if (entry.method === 0) {
    for (let at = 0; at < csize; at += CHUNK_OUT) take(entry.raw(at, at + CHUNK_OUT));
  } else if (entry.method === 8 && zipCodec()?.inflateRawChunks?.(entry.raw(), budget.remaining, entry.name, take)) {
    // handed over by the codec, already inflated
  } else if (entry.method === 8) {
    let ended = false;
    const inf = new Inflate((chunk, final) => {
      take(chunk);
      if (final) ended = true;
    });
    try {
      for (let at = 0; at < csize && !ended; at += CHUNK_IN) inf.push(entry.raw(at, at + CHUNK_IN), at + CHUNK_IN >= csize);
      if (csize === 0) inf.push(entry.raw(), true);
    } catch (e) {
      if (ours) throw e;
      throw new ZipError("corrupt", `${entry.name}: ${(e as Error).message}`);
    }
    if (!ended) throw new ZipError("corrupt", `${entry.name}: deflate stream ends early`);
  } else {
    throw new ZipError("unsupported", `${entry.name}: compression method ${entry.method}`);
  }
  budget.remaining -= total;
  if (total !== entry.size) throw new ZipError("corrupt", `${entry.name}: size ${total}, declared ${entry.size}`);
  if (crc !== entry.crc32) throw new ZipError("corrupt", `${entry.name}: CRC mismatch`);
}

// input steps of 64 KB: pieces of a few hundred KB out, small enough to bound memory, big enough to be cheap
const CHUNK_IN = 64 * 1024;
const CHUNK_OUT = 256 * 1024;

const utf8 = new TextDecoder("utf-8");

/** UTF-8 text of an entry, BOM stripped */
export function entryText(entry: ZipEntry, budget: InflateBudget): string {
  const s = utf8.decode(inflateEntry(entry, budget));
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
