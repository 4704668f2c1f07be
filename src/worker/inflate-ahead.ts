import type { ZipCodec } from "../io/zip/codec";
import { openZip, ZipError } from "../io/zip/zip-archive";

/**
 * The browser's own inflater (DecompressionStream: native zlib) takes a 20,000-row sheet's XML in a fraction of
 * fflate's time, but it is asynchronous and the reader is not. So every deflated entry is inflated here first,
 * under the reader's unpacked budget, and the codec returned hands the reader what is done (the reader still
 * checks sizes, the budget and CRCs as it always does). Null where there is no such stream or no readable zip
 * directory: the reader then inflates with fflate, and says what is wrong with the file.
 */
export async function inflateAhead(bytes: Uint8Array, budget: number): Promise<ZipCodec | null> {
  if (typeof DecompressionStream === "undefined" || typeof Blob === "undefined") return null;
  let entries;
  try {
    entries = openZip(bytes).entries;
  } catch {
    return null;
  }
  // by where the entry's bytes lie in the file: two entries may share a name
  // kept as the stream gave them: the reader scans piece by piece, so they are never joined for it
  const done = new Map<string, Inflated | ZipError>();
  let remaining = budget;
  for (const entry of entries) {
    // the reader refuses an entry that declares more than the budget before inflating it
    if (entry.method !== 8 || entry.size > remaining) continue;
    const raw = entry.raw();
    const out = await inflate(raw, remaining, entry.name);
    if (!(out instanceof ZipError)) remaining -= out.total;
    done.set(where(raw), out);
  }
  const ready = (data: Uint8Array, maxBytes: number, name: string): Inflated => {
    const out = done.get(where(data));
    if (out === undefined) throw new ZipError("corrupt", `${name}: not inflated ahead`);
    if (out instanceof ZipError) throw out;
    if (out.total > maxBytes) throw new ZipError("too-large", `${name}: over the unpacked budget`);
    return out;
  };
  return {
    inflateRaw: (data, maxBytes, name) => joined(ready(data, maxBytes, name)),
    inflateRawChunks(data, maxBytes, name, onChunk) {
      // each piece is let go once handed over (a sheet's XML is not kept beside its table); an entry asked
      // for again, or never inflated ahead, is streamed by the reader itself
      if (!done.has(where(data))) return false;
      const { chunks } = ready(data, maxBytes, name);
      done.delete(where(data));
      for (let i = 0; i < chunks.length; i++) {
        const chunk = chunks[i];
        chunks[i] = HANDED;
        onChunk(chunk);
      }
      return true;
    },
    deflateRaw() {
      throw new Error("inflateAhead: a reading codec does not deflate");
    },
  };
}

const HANDED = new Uint8Array(0);

function where(data: Uint8Array): string {
  return `${data.byteOffset}:${data.length}`;
}

interface Inflated {
  chunks: Uint8Array[];
  total: number;
}

function joined({ chunks, total }: Inflated): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function inflate(raw: Uint8Array, maxBytes: number, name: string): Promise<Inflated | ZipError> {
  const reader = new Blob([raw as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      // a bomb stops here, at the budget, not at its end
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return new ZipError("too-large", `${name}: over the unpacked budget`);
      }
      chunks.push(value);
    }
  } catch (e) {
    return new ZipError("corrupt", `${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { chunks, total };
}
