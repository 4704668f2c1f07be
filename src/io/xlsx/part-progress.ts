import { stepped, type OnWorkProgress } from "../progress";
import type { ZipEntry } from "../zip/zip-archive";

/** Progress over the parts read, by their declared unpacked size; a part that lies about it is made up for when it ends. */
export class PartProgress {
  private done = 0;
  private readonly ends = new Map<ZipEntry, number>();
  private readonly report: (done: number) => void;

  constructor(entries: (ZipEntry | undefined)[], onProgress: OnWorkProgress | undefined) {
    let total = 0;
    for (const e of entries) {
      if (!e) continue;
      total += e.size;
      this.ends.set(e, total);
    }
    this.report = stepped(onProgress, total);
    this.report(0);
  }

  add(bytes: number): void {
    this.done += bytes;
    this.report(this.done);
  }

  partDone(entry: ZipEntry | undefined): void {
    if (!entry) return;
    this.done = this.ends.get(entry) ?? this.done;
    this.report(this.done);
  }
}
