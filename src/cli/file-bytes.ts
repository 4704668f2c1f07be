import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { ZipBytes } from "../io/zip/zip-archive";

/**
 * A file read as needed: the command line reads an .xlsx and edits its upload copy from the open file, so
 * a 40 MB workbook is never whole in memory (it was a seventh of the peak). The copy is made from the very
 * file that was checked: one saved again over it (Excel writes a new file) leaves ours as it was, and one
 * changed in place is refused (`assertUnchanged`) rather than edited with another file's fixes.
 */
export class FileBytes implements ZipBytes {
  readonly length: number;
  private readonly fd: number;
  private readonly mtimeMs: number;
  private closed = false;

  constructor(path: string) {
    this.fd = openSync(path, "r");
    const st = fstatSync(this.fd);
    this.length = st.size;
    this.mtimeMs = st.mtimeMs;
  }

  read(from: number, to: number): Uint8Array {
    const out = new Uint8Array(Math.max(0, to - from));
    for (let done = 0; done < out.length; ) {
      const n = readSync(this.fd, out, done, out.length - done, from + done);
      // shorter than when it was opened: cut while we read it
      if (n === 0) throw new FileChangedError();
      done += n;
    }
    return out;
  }

  assertUnchanged(): void {
    const st = fstatSync(this.fd);
    if (st.size !== this.length || st.mtimeMs !== this.mtimeMs) throw new FileChangedError();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

/** The source file is not the one that was checked any more. */
export class FileChangedError extends Error {
  constructor() {
    super("the file changed after it was read");
  }
}
