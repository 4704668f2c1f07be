import { execFileSync } from "child_process";
import { existsSync, statSync } from "fs";
import { join } from "path";
import { ROOT } from "../dist";

export const FAKE_OFFICE_JS = join(ROOT, ".tmp", "e2e-fake", "fake-office.js");

/** Bundle the fake Office for the browser (webpack, as the app is) when it is missing or stale. */
export function ensureFakeOffice(): string {
  const sources = [join(__dirname, "fake-office.ts"), join(ROOT, "src", "excel", "fake-excel.ts")];
  const built = existsSync(FAKE_OFFICE_JS) ? statSync(FAKE_OFFICE_JS).mtimeMs : 0;
  if (sources.some((s) => statSync(s).mtimeMs > built)) {
    execFileSync("npx", ["webpack", "--config", join(__dirname, "webpack.fake-office.js")], { cwd: ROOT, stdio: "pipe" });
  }
  return FAKE_OFFICE_JS;
}
