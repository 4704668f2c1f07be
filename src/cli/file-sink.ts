import { closeSync, openSync, unlinkSync, writeSync } from "node:fs";
import type { ZipSink } from "../io/zip/zip-sink";

/** The file system refused a write (a full disk, a file taken away): the caller says so in the user's words. */
export class FileWriteError extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

// small pieces (headers, compressed pieces of a few KB) are gathered into one write
const GATHER = 1 << 20;

/**
 * An output file written as it is made: the command line's upload copy goes to disk piece by piece instead
 * of into a buffer as big as the file.
 */
export class FileSink implements ZipSink {
  length = 0;
  private readonly fd: number;
  private readonly buf = new Uint8Array(GATHER);
  // the last `filled` bytes written are still in buf
  private filled = 0;

  constructor(private readonly path: string) {
    this.fd = tryFs(() => openSync(path, "w"));
  }

  write(bytes: Uint8Array): void {
    if (this.filled + bytes.length > GATHER) this.flush();
    if (bytes.length >= GATHER) this.writeAt(bytes, this.length);
    else this.buf.set(bytes, this.filled), (this.filled += bytes.length);
    this.length += bytes.length;
  }

  patch(offset: number, bytes: Uint8Array): void {
    if (offset + bytes.length > this.length) throw new RangeError("FileSink: patch past the end");
    const gathered = this.length - this.filled;
    if (offset >= gathered) this.buf.set(bytes, offset - gathered);
    else this.flush(), this.writeAt(bytes, offset);
  }

  /** write what is gathered and close the file */
  close(): void {
    this.flush();
    tryFs(() => closeSync(this.fd));
  }

  /** close and remove a file left half written */
  discard(): void {
    try {
      closeSync(this.fd);
      unlinkSync(this.path);
    } catch {
      // already gone, or never there: nothing more to tidy
    }
  }

  private flush(): void {
    if (this.filled === 0) return;
    this.writeAt(this.buf.subarray(0, this.filled), this.length - this.filled);
    this.filled = 0;
  }

  private writeAt(bytes: Uint8Array, position: number): void {
    // writeSync may write less than asked
    for (let done = 0; done < bytes.length; ) {
      done += tryFs(() => writeSync(this.fd, bytes, done, bytes.length - done, position + done));
    }
  }
}

function tryFs<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new FileWriteError(e);
  }
}
