import { basename, extname } from "node:path";

/** File systems allow 255 bytes per name; the suffixes we add need some of them. */
const MAX_STEM_BYTES = 180;

/**
 * `<stem>.cleaned.<ext>` and `<stem>.report.xlsx` for one input, safe whatever the input is called
 * (control characters, characters Windows forbids, very long names) and never the same as another
 * input's in the same run.
 */
export function outputNames(file: string, uploadExtension: string, used: Set<string>): { upload: string; report: string } {
  const stem = safeStem(basename(file, extname(file)));
  for (let n = 1; ; n++) {
    const base = n === 1 ? stem : `${stem}-${n}`;
    const names = { upload: `${base}.cleaned.${uploadExtension}`, report: `${base}.report.xlsx` };
    if (!used.has(names.upload) && !used.has(names.report)) {
      used.add(names.upload);
      used.add(names.report);
      return names;
    }
  }
}

export function safeStem(stem: string): string {
  // eslint-disable-next-line no-control-regex
  let s = stem.replace(/[\u0000-\u001f\u007f\\/:*?"<>|]/g, "_").replace(/^[.\s]+|[.\s]+$/g, "");
  const encoder = new TextEncoder();
  while (encoder.encode(s).length > MAX_STEM_BYTES) s = [...s].slice(0, -1).join("");
  return s || "学籍导入";
}
