import { basename, extname } from "node:path";
import { safeFileStem } from "../io/safe-file-stem";

/**
 * `<stem>.cleaned.<ext>` and `<stem>.report.xlsx` for one input, safe whatever the input is called
 * (control characters, characters Windows forbids, very long names) and never the same as another
 * input's in the same run.
 */
export function outputNames(file: string, uploadExtension: string, used: Set<string>): { upload: string; report: string } {
  const stem = safeFileStem(basename(file, extname(file)));
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
