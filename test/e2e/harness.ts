import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { DIST, ensureDist } from "./dist";
import { removeWork } from "./sample-files";
import { serveDir, type StaticServer } from "./static-server";

/**
 * What every end-to-end file needs: dist/ built, served from 127.0.0.1, and Debian's Chromium —
 * started before the file's tests and closed after them. Read the fields inside tests, not at load.
 */
export function useServedBrowser(before?: () => void): { readonly server: StaticServer; readonly browser: Browser } {
  const env = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    ensureDist();
    before?.();
    env.server = await serveDir(DIST);
    env.browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
    removeWork();
  });
  return env;
}
