import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { entrantListSample } from "./entrant-list-sample";
import { entrantsSample } from "./entrants-sample";
import { graduatesSample } from "./graduates-sample";
import { gbkCsv, sampleXlsx } from "./sample-files";

/** The committed sample files, by name under assets/samples/. */
export const SAMPLE_FILES = {
  entrants: "新生导入-示例.xlsx",
  graduates: "毕业生导入-示例.xlsx",
  entrantList: "新生名单-示例.csv",
} as const;

/** `npm run samples`: regenerate assets/samples/ from the deterministic generator. */
export function writeSamples(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, Uint8Array][] = [
    [SAMPLE_FILES.entrants, sampleXlsx(entrantsSample())],
    [SAMPLE_FILES.graduates, sampleXlsx(graduatesSample())],
    [SAMPLE_FILES.entrantList, gbkCsv(entrantListSample().rows)],
  ];
  return files.map(([name, bytes]) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  });
}

if (require.main === module) {
  for (const path of writeSamples(resolve(process.cwd(), "assets/samples"))) console.log(`已写出 ${path}`);
}
