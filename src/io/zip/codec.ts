/**
 * Where the compression runs. The default is fflate (pure JS: the browser page's worker has nothing
 * else); the command line installs node:zlib, several times faster on big sheets (see node-codec.ts).
 */
export interface ZipCodec {
  /**
   * inflate a raw deflate stream, giving up with ZipError("too-large") past maxBytes; `expected` is the
   * size the directory declares (at most maxBytes), a hint for the output buffer only
   */
  inflateRaw(data: Uint8Array, maxBytes: number, name: string, expected?: number): Uint8Array;
  /**
   * the same in pieces, handed to `onChunk` as they come, where the platform has an entry inflated already
   * (the browser worker inflates ahead with its native stream); false when it has nothing ready for this
   * entry, which the caller then streams through fflate (as it does without this method)
   */
  inflateRawChunks?(data: Uint8Array, maxBytes: number, name: string, onChunk: (chunk: Uint8Array) => void): boolean;
  deflateRaw(data: Uint8Array, level: number): Uint8Array;
  /**
   * one piece of a longer raw deflate stream: not final, ending on a byte boundary (a sync flush), so
   * pieces compressed one by one can be joined and ended with an empty final block
   */
  deflateRawPiece?(data: Uint8Array, level: number): Uint8Array;
  /** CRC-32 of the data continuing `seed` (a CRC of what came before), when the platform has a native one */
  crc32?(data: Uint8Array, seed: number): number;
}

let installed: ZipCodec | null = null;

export function useZipCodec(codec: ZipCodec | null): void {
  installed = codec;
}

export function zipCodec(): ZipCodec | null {
  return installed;
}
