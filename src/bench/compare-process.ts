import { peakRssMb } from "./timing";
import { main } from "../cli/main";
import { memoryIo } from "../cli/io";

/**
 * One `xueji compare BEFORE AFTER --out FILE` in a process of its own, for the bench: what the user waits
 * for, and the peak memory of that process alone. Prints one JSON line.
 */
async function run(): Promise<void> {
  const [before, after, out, today] = process.argv.slice(2);
  const began = performance.now();
  const code = await main(["compare", before, after, "--out", out, "--today", today], memoryIo(process.cwd()));
  const seconds = (performance.now() - began) / 1000;
  process.stdout.write(JSON.stringify({ code, seconds, maxRssMb: peakRssMb() }) + "\n");
}

void run();
