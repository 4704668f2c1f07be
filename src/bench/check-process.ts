import { peakRssMb } from "./timing";
import { main } from "../cli/main";
import { memoryIo } from "../cli/io";

/**
 * One `xueji check FILE --out DIR` in a process of its own, for the bench: what the user waits for, and
 * the peak memory of that process alone (not of the bench that made the file). Prints one JSON line.
 */
async function run(): Promise<void> {
  const [file, out] = process.argv.slice(2);
  const began = performance.now();
  const code = await main(["check", file, "--out", out, "--today", "20250915"], memoryIo(process.cwd()));
  const seconds = (performance.now() - began) / 1000;
  process.stdout.write(JSON.stringify({ code, seconds, maxRssMb: peakRssMb() }) + "\n");
}

void run();
