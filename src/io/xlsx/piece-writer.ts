const encoder = new TextEncoder();
const PIECE = 256 * 1024;

/** Text written as UTF-8 into pieces of about 256 KB, each handed to `put` when full (a new buffer each time). */
export class PieceWriter {
  private buf = new Uint8Array(PIECE);
  private length = 0;

  constructor(private readonly put: (piece: Uint8Array) => void) {}

  text(s: string): void {
    // UTF-8 is at most 3 bytes per UTF-16 unit
    if (this.length + s.length * 3 > this.buf.length) {
      this.flush();
      if (s.length * 3 > this.buf.length) this.buf = new Uint8Array(s.length * 3);
    }
    this.length += encoder.encodeInto(s, this.buf.subarray(this.length)).written;
  }

  /** hand on what is left */
  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.length === 0) return;
    this.put(this.buf.subarray(0, this.length));
    this.buf = new Uint8Array(PIECE);
    this.length = 0;
  }
}
