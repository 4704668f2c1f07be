import cptable from "@e965/xlsx/dist/cpexcel.js";
import { writeZip } from "../zip/write-zip";

const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** Every local and central header of a zip, for tests that patch what writeZip never writes. */
function headers(zip: Uint8Array): { local: number[]; central: number[] } {
  const local: number[] = [];
  const central: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) {
    const sig = u32(zip, i);
    if (sig === LFH_SIG) local.push(i);
    else if (sig === CDH_SIG) central.push(i);
  }
  return { local, central };
}

/** A zip as Windows' built-in zipper writes one: Chinese names in GBK, no UTF-8 flag. */
export function gbkNamedZip(files: { name: string; data: Uint8Array }[]): Uint8Array {
  const gbk = files.map((f) => new Uint8Array(cptable.utils.encode(936, f.name) as ArrayLike<number>));
  // write placeholders of the GBK length, then put the GBK bytes in their place
  const zip = writeZip(files.map((f, i) => ({ name: "x".repeat(gbk[i].length), data: f.data })), { level: 0 });
  const { local, central } = headers(zip);
  files.forEach((_, i) => {
    zip.set(gbk[i], local[i] + 30);
    zip[local[i] + 7] &= ~0x08;
    zip.set(gbk[i], central[i] + 46);
    zip[central[i] + 9] &= ~0x08;
  });
  return zip;
}

/** The classic zip bomb's directory: a small file that declares an absurd unpacked size. */
export function declaresHuge(zip: Uint8Array, size = 3_000_000_000): Uint8Array {
  const out = zip.slice();
  const { central } = headers(out);
  new DataView(out.buffer).setUint32(central[0] + 24, size, true);
  return out;
}

/** Sets the "encrypted" flag of every entry. */
export function markEncrypted(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const { local, central } = headers(out);
  for (const at of local) out[at + 6] |= 1;
  for (const at of central) out[at + 8] |= 1;
  return out;
}
