import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { entrantsSample } from "../../src/samples/entrants-sample";
import { entrantListSample } from "../../src/samples/entrant-list-sample";
import { gbkCsv, sampleXlsx } from "../../src/samples/sample-files";
import { SAMPLE_FILES } from "../../src/samples/write-samples";
import { ROOT } from "./dist";

/** this test file's scratch folder for generated inputs */
export const WORK = mkdtempSync(join(tmpdir(), "xueji-e2e-"));

export function removeWork(): void {
  rmSync(WORK, { recursive: true, force: true });
}

/** The bundled sample workbook (written from the same generator when the asset is not there yet). */
export function samplePath(): string {
  const bundled = join(ROOT, "assets", "samples", SAMPLE_FILES.entrants);
  if (existsSync(bundled)) return bundled;
  const made = join(WORK, SAMPLE_FILES.entrants);
  if (!existsSync(made)) writeFileSync(made, sampleXlsx(entrantsSample()));
  return made;
}

/** The bundled 5-column entrant list, a GBK-encoded CSV as school systems export it. */
export function listSamplePath(): string {
  const bundled = join(ROOT, "assets", "samples", SAMPLE_FILES.entrantList);
  if (existsSync(bundled)) return bundled;
  const made = join(WORK, SAMPLE_FILES.entrantList);
  if (!existsSync(made)) writeFileSync(made, gbkCsv(entrantListSample().rows));
  return made;
}

/** Bytes that are no workbook at all, under a workbook's name. */
export function brokenPath(): string {
  const path = join(WORK, "x.xlsx");
  const noise = new Uint8Array(8192);
  let seed = 12345;
  for (let i = 0; i < noise.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    noise[i] = seed >>> 24;
  }
  writeFileSync(path, noise);
  return path;
}

export function bytesOf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
