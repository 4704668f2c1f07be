import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** Chromium as CI has it: Debian's package, headless, with every phone-home switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface GuardedPage {
  page: Page;
  /** every request to anywhere but the local server, in order (all were blocked) */
  blocked: string[];
  /** requests to the local server */
  served: string[];
}

/**
 * A page that can reach only the local server: anything else is recorded and aborted, so a test
 * can assert that nothing but Office.js's CDN was even attempted.
 */
export async function openGuardedPage(browser: Browser, origin: string, width: number, height = 900, userAgent?: string): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, locale: "zh-CN", userAgent });
  const blocked: string[] = [];
  const served: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) {
      served.push(url.slice(origin.length));
      return route.continue();
    }
    if (url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  return { page, blocked, served };
}

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
