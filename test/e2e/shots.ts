import { join } from "path";
import { ROOT } from "./dist";

/**
 * Where the e2e tests save what a registrar would see. A test run writes them to .tmp/screenshots, to look
 * at, so that it does not rewrite the README's pictures with pixel-only changes; `npm run screenshots`
 * writes docs/screenshots, when the UI really changed.
 */
export const SHOTS = process.env.XUEJI_SCREENSHOTS === "docs" ? join(ROOT, "docs", "screenshots") : join(ROOT, ".tmp", "screenshots");
