/**
 * Where writeZip puts an archive: a buffer in memory (the browser page, tests), or a file written as the
 * archive is made (the command line), so a 20 MB upload copy is never whole in memory there.
 */
export interface ZipSink {
  /** bytes written so far: the offset the next write lands at */
  readonly length: number;
  /** append; the caller may reuse `bytes` once this returns */
  write(bytes: Uint8Array): void;
  /** overwrite bytes written earlier (a local header, whose CRC and sizes are known only after its body) */
  patch(offset: number, bytes: Uint8Array): void;
}

/** The archive in one buffer, allocated once from an estimate and grown by half when it falls short. */
export class MemorySink implements ZipSink {
  private buf: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(64, capacity));
  }

  write(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.buf.length) {
      const next = new Uint8Array(Math.max(this.length + bytes.length, Math.ceil(this.buf.length * 1.5)));
      next.set(this.buf.subarray(0, this.length));
      this.buf = next;
    }
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }

  patch(offset: number, bytes: Uint8Array): void {
    if (offset + bytes.length > this.length) throw new RangeError("MemorySink: patch past the end");
    this.buf.set(bytes, offset);
  }

  /** the archive: a view when the estimate was close, else a copy that frees the unused end */
  result(): Uint8Array {
    const spare = this.buf.length - this.length;
    return spare <= this.length / 8 ? this.buf.subarray(0, this.length) : this.buf.slice(0, this.length);
  }
}
