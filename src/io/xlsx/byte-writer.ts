/**
 * Byte-level helpers for editing a big XML part without decoding it to a string: the 50,000-row sheet
 * is 125 MB of UTF-8 that would be 250 MB of UTF-16 in a string, and decoding plus encoding it again
 * cost more than the edit itself.
 */
const encoder = new TextEncoder();

export function ascii(s: string): Uint8Array {
  return encoder.encode(s);
}

/**
 * First index of `needle` in bytes[from, end), or -1. The native search looks for needle[anchor]: a byte
 * rare in the text (the "w" of `</row>`, never part of a multi-byte character) skips whole rows at once.
 */
export function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number, end = bytes.length, anchor = 0): number {
  const key = needle[anchor];
  const last = end - needle.length;
  for (let j = bytes.indexOf(key, from + anchor); j >= 0 && j - anchor <= last; j = bytes.indexOf(key, j + 1)) {
    const i = j - anchor;
    let k = 0;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** A growing output buffer; spans of the source are copied in, not sliced out. */
export class ByteWriter {
  private buf: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(64, capacity));
  }

  /** room for n more bytes at `length`: the buffer to write into (then set `length`) */
  reserve(n: number): Uint8Array {
    this.room(n);
    return this.buf;
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.length + n, Math.ceil(this.buf.length * 1.5)));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** src[from, to) */
  copy(src: Uint8Array, from: number, to: number): void {
    const n = to - from;
    if (n <= 0) return;
    this.room(n);
    const buf = this.buf;
    let o = this.length;
    // a loop beats allocating a subarray for the short spans between cell references
    if (n < 64) for (let i = from; i < to; i++) buf[o++] = src[i];
    else buf.set(src.subarray(from, to), o);
    this.length += n;
  }

  bytes(b: Uint8Array): void {
    this.copy(b, 0, b.length);
  }

  text(s: string): void {
    // UTF-8 is at most 3 bytes per UTF-16 unit
    this.room(s.length * 3);
    this.length += encoder.encodeInto(s, this.buf.subarray(this.length)).written;
  }

  /** the bytes written; a view, valid until the next write */
  result(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}
