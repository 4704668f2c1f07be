import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import * as XLSX from "@e965/xlsx";
import cptable from "@e965/xlsx/dist/cpexcel.js";
import type { RawCell } from "../core/model/table";
import type { SampleCounty, SampleSchool } from "./county";

/** A file that must not take part in the audit, and why it is expected to be left out. */
export interface BadFile {
  path: string;
  reason: "unreadable" | "encrypted" | "not-a-template";
}

export interface WrittenCounty {
  /** every school's file as written (one of them as a GBK CSV when `gbkCsv` is set) */
  schoolFiles: string[];
  badFiles: BadFile[];
}

export interface WriteOptions {
  /** also write a broken, a password-protected and a non-template file */
  badFiles?: boolean;
  /** write this school (index) as a CSV in GBK, the encoding Excel on Chinese Windows saves CSV in */
  gbkCsv?: number;
}

/** Write a synthetic county under `dir`, one folder per town, as schools would hand it in. */
export async function writeCounty(dir: string, county: SampleCounty, opts: WriteOptions = {}): Promise<WrittenCounty> {
  const schoolFiles: string[] = [];
  for (let i = 0; i < county.schools.length; i++) {
    const school = county.schools[i];
    const asCsv = i === opts.gbkCsv;
    const path = asCsv ? school.path.replace(/\.xlsx$/, ".csv") : school.path;
    await put(dir, path, asCsv ? gbkCsv(school.rows) : xlsxOf(school));
    schoolFiles.push(path);
  }
  const badFiles: BadFile[] = [];
  if (opts.badFiles) {
    // a zip cut short: what a failed download or a USB stick pulled out too early leaves
    const whole = xlsxOf(county.schools[0]);
    await put(dir, "城关镇/损坏的文件.xlsx", whole.subarray(0, Math.floor(whole.length / 3)));
    badFiles.push({ path: "城关镇/损坏的文件.xlsx", reason: "unreadable" });
    await put(dir, "河西乡/设了密码的学校.xlsx", encryptedContainer());
    badFiles.push({ path: "河西乡/设了密码的学校.xlsx", reason: "encrypted" });
    const roster: RawCell[][] = [["班级", "班主任", "电话"], ["一年级1班", "测试老师", "13800000000"]];
    await put(dir, "东山镇/班主任通讯录.xlsx", xlsxOf({ sheet: "通讯录", rows: roster }));
    badFiles.push({ path: "东山镇/班主任通讯录.xlsx", reason: "not-a-template" });
  }
  return { schoolFiles, badFiles };
}

async function put(dir: string, path: string, bytes: Uint8Array): Promise<void> {
  const full = join(dir, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, bytes);
}

export function xlsxOf(school: Pick<SampleSchool, "sheet" | "rows">): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(school.rows), school.sheet);
  // shared strings and deflate, as Excel itself saves
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx", bookSST: true, compression: true }) as Buffer;
}

function gbkCsv(rows: readonly RawCell[][]): Uint8Array {
  const text = rows.map((r) => r.map((c) => (c === null ? "" : String(c))).join(",")).join("\r\n");
  return Uint8Array.from(cptable.utils.encode(936, text) as ArrayLike<number>);
}

/**
 * What Excel writes for a workbook with an open password: a compound file holding EncryptionInfo and
 * EncryptedPackage instead of a zip. The contents do not matter — no reader gets past the container.
 */
function encryptedContainer(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", Buffer.alloc(64));
  return XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer;
}
