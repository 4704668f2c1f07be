import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook, getProfile, type CheckResult } from "../core";
import { readWorkbook } from "../io/read-workbook";
import { entrantListSample } from "./entrant-list-sample";
import { entrantsSample, SAMPLE_TODAY } from "./entrants-sample";
import { graduatesSample } from "./graduates-sample";
import type { SampleSheet } from "./planted";
import { SAMPLE_FILES } from "./write-samples";

const DIR = join(__dirname, "../../assets/samples");
const national = getProfile("national")!;

function checkFile(name: string): CheckResult {
  const tables = readWorkbook(new Uint8Array(readFileSync(join(DIR, name))), name);
  const { results } = checkWorkbook(tables, { profile: national, today: SAMPLE_TODAY });
  expect(results).toHaveLength(1);
  return results[0];
}

function expectPlanted(result: CheckResult, sample: SampleSheet): void {
  for (const p of sample.planted) {
    const found = result.issues.some(
      (i) =>
        i.code === p.code &&
        (p.key === undefined || i.key === p.key) &&
        (i.row === p.row || i.related?.some((r) => r.row === p.row)),
    );
    if (!found) throw new Error(`planted "${p.what}" (${p.code} at row ${p.row}) was not reported`);
  }
}

describe("committed samples still carry their planted mistakes", () => {
  it(`${SAMPLE_FILES.entrants}: every planted mistake is found at its row`, () => {
    const sample = entrantsSample();
    const result = checkFile(SAMPLE_FILES.entrants);
    expect(result.template?.id).toBe("national-continuation");
    expect(result.dataRows).toBe(120);
    expectPlanted(result, sample);
    const big = result.classes.find((c) => c.className === "1班");
    expect(big).toMatchObject({ count: 58, status: "over-cap" });
  });

  it(`${SAMPLE_FILES.entrants}: clean rows raise no errors`, () => {
    const sample = entrantsSample();
    const result = checkFile(SAMPLE_FILES.entrants);
    const plantedRows = new Set(sample.planted.map((p) => p.row));
    // the duplicate's first occurrence is part of the planted pair
    plantedRows.add(37);
    const stray = result.issues.filter((i) => i.severity === "error" && i.row !== undefined && !plantedRows.has(i.row));
    expect(stray).toEqual([]);
  });

  it(`${SAMPLE_FILES.graduates}: 结业 in primary school is found`, () => {
    const result = checkFile(SAMPLE_FILES.graduates);
    expect(result.template?.id).toBe("graduation");
    expectPlanted(result, graduatesSample());
  });

  it(`${SAMPLE_FILES.entrantList}: the GBK list is read and its mistakes found`, () => {
    const result = checkFile(SAMPLE_FILES.entrantList);
    expect(result.template?.id).toBe("new-entrant");
    expect(result.dataRows).toBe(30);
    expectPlanted(result, entrantListSample());
  });
});
