import { zipCodec } from "./codec";
/** CRC-32 (IEEE, as ZIP uses it); a seed continues a running CRC over several chunks. */
const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array, seed = 0): number {
  const native = zipCodec()?.crc32;
  if (native) return native(data, seed);
  let c = ~seed;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
