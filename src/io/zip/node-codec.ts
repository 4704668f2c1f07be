import { constants } from "node:buffer";
import * as zlib from "node:zlib";
import { constants as zlibConstants, deflateRawSync, inflateRawSync } from "node:zlib";
import type { ZipCodec } from "./codec";
import { ZipError } from "./zip-archive";

/** node:zlib for the command line and the bench; never imported by code the browser bundle reaches. */
export const nodeZipCodec: ZipCodec = {
  inflateRaw(data, maxBytes, name, expected) {
    try {
      const maxOutputLength = Math.max(1, Math.min(maxBytes, constants.MAX_LENGTH));
      // one output buffer of the declared size (+1, to see a longer stream) instead of 16 KB chunks
      // joined at the end, which copied the whole sheet once more
      const chunkSize = expected === undefined ? undefined : Math.max(64, Math.min(expected + 1, maxOutputLength));
      // zlib stops at maxOutputLength instead of inflating a bomb to the end
      return new Uint8Array(inflateRawSync(data, { maxOutputLength, chunkSize }));
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) throw new ZipError("too-large", `${name}: over the unpacked budget`);
      throw new ZipError("corrupt", `${name}: ${err.message}`);
    }
  },
  deflateRaw(data, level) {
    return new Uint8Array(deflateRawSync(data, { level }));
  },
  // zlib has no synchronous stream: each piece is deflated on its own (256 KB pieces lose ~0.3% of ratio
  // to the window each starts without) and is 3–4× faster than fflate's streaming Deflate
  deflateRawPiece(data, level) {
    // a view: the piece is copied into the archive at once
    const b = deflateRawSync(data, { level, finishFlush: zlibConstants.Z_SYNC_FLUSH });
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  },
  // zlib.crc32 exists from Node 20.15 / 22.2; older Nodes use the table-driven one in JS
  ...("crc32" in zlib && typeof (zlib as { crc32?: unknown }).crc32 === "function"
    ? { crc32: (data: Uint8Array, seed: number) => (zlib as unknown as { crc32(d: Uint8Array, seed: number): number }).crc32(data, seed) >>> 0 }
    : {}),
};
