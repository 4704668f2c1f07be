import { mkdtempSync, readFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileSink, FileWriteError } from "./file-sink";
import { MemorySink } from "../io/zip/zip-sink";

const dir = mkdtempSync(join(tmpdir(), "xueji-sink-"));

/** the same writes and patches into a file and into memory */
function both(steps: (sink: FileSink | MemorySink) => void): { file: Buffer; memory: Uint8Array } {
  const path = join(dir, `out-${Math.random()}.bin`);
  const file = new FileSink(path);
  const memory = new MemorySink(16);
  steps(file);
  steps(memory);
  file.close();
  return { file: readFileSync(path), memory: memory.result() };
}

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 255);

describe("FileSink", () => {
  it("writes small and large pieces and patches both gathered and flushed bytes, as a buffer would", () => {
    const { file, memory } = both((s) => {
      s.write(bytes(30, 1)); // a header, patched while still gathered
      s.write(bytes(5000, 2));
      s.patch(0, bytes(30, 9));
      s.write(bytes(3 << 20, 3)); // bigger than the gathering buffer: written straight through
      s.write(bytes(700_000, 4));
      s.patch(10, bytes(8, 7)); // long flushed
      s.write(bytes(900_000, 5)); // crosses the gathering buffer's end
      s.patch(s.length - 1_000_000, bytes(40, 6)); // straddles flushed and gathered
      s.write(bytes(22, 8));
    });
    expect(file.length).toBe(30 + 5000 + (3 << 20) + 700_000 + 900_000 + 22);
    expect(file.equals(memory)).toBe(true);
  });

  it("refuses a patch past what was written", () => {
    const sink = new FileSink(join(dir, "short.bin"));
    sink.write(bytes(10, 1));
    expect(() => sink.patch(5, bytes(10, 1))).toThrow(RangeError);
    sink.close();
  });

  it("says the file system's refusal as a FileWriteError, and discard removes a half-written file", () => {
    mkdirSync(join(dir, "taken.xlsx"));
    expect(() => new FileSink(join(dir, "taken.xlsx"))).toThrow(FileWriteError);
    const half = join(dir, "half.xlsx");
    const sink = new FileSink(half);
    sink.write(bytes(2 << 20, 1));
    sink.discard();
    expect(existsSync(half)).toBe(false);
  });
});
