/**
 * The manifest names pages and icons by URL; Office shows a blank pane or a missing icon when one of
 * them is not served. This checks the manifest with Office's own reader and every URL it names
 * against what the webpack build emits (HtmlWebpackPlugin pages + CopyWebpackPlugin files) and
 * against dist/ itself (built first when missing or stale).
 *
 * office-addin-manifest and the webpack plugins load ES-module dependencies that jest's module
 * runtime cannot require, so they run in a plain Node child process and answer in JSON.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ensureDist } from "./e2e/dist";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";

function nodeJson<T>(script: string, env: Record<string, string> = {}): T {
  const out = execFileSync(process.execPath, ["-e", script], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
  return JSON.parse(out) as T;
}

interface ManifestInfo {
  id?: string;
  displayName?: string;
  defaultLocale?: string;
  hosts?: string[];
  permissions?: string;
  officeAppType?: string;
  iconUrl?: string;
  highResolutionIconUrl?: string;
  defaultSettings?: { sourceLocation?: string };
}

interface BuildFacts {
  pages: string[];
  copyFrom: string[];
  manifestOut: string;
}

const info = nodeJson<ManifestInfo>(
  `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(${JSON.stringify(MANIFEST)})
     .then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(e); process.exit(1); })`,
);

/** The production config: pages it emits, files it copies, and the manifest as it writes it. */
function buildFacts(env: Record<string, string>): BuildFacts {
  return nodeJson<BuildFacts>(
    `const fs = require("fs");
     require("./webpack.config.js")({}, { mode: "production" }).then((c) => {
       const pages = c.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin").map((p) => p.userOptions.filename);
       const copy = c.plugins.find((p) => p.constructor.name === "CopyPlugin");
       const manifest = copy.patterns.find((p) => p.from === "manifest.xml");
       const manifestOut = manifest.transform(fs.readFileSync("manifest.xml")).toString();
       process.stdout.write(JSON.stringify({ pages, copyFrom: copy.patterns.map((p) => p.from), manifestOut }));
     })`,
    env,
  );
}

const manifestText = fs.readFileSync(MANIFEST, "utf8");
const devUrls = [...new Set([...manifestText.matchAll(/https:\/\/localhost:3000\/([^"<\s]*)/g)].map((m) => m[1]))];

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
}

/** Files (relative to the output folder) the build emits for the given config facts. */
function emittedFiles(facts: BuildFacts): Set<string> {
  const out = new Set<string>(facts.pages);
  for (const from of facts.copyFrom) {
    const dir = path.dirname(from);
    const re = globToRegExp(path.basename(from));
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const f of fs.readdirSync(abs)) if (re.test(f)) out.add(dir === "." ? f : `${dir}/${f}`);
  }
  return out;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is an Excel task pane add-in as Office's reader sees it", () => {
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.displayName).toBe("学籍导入助手");
    expect(info.defaultLocale).toBe("zh-CN");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_URL}taskpane.html`);
  });

  it("asks for ExcelApi 1.7, between Hosts and DefaultSettings as the schema orders them", () => {
    expect(manifestText).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
    const hosts = manifestText.indexOf("</Hosts>");
    const requirements = manifestText.indexOf("<Requirements>");
    const defaults = manifestText.indexOf("<DefaultSettings>");
    expect(hosts).toBeGreaterThan(0);
    expect(requirements).toBeGreaterThan(hosts);
    expect(defaults).toBeGreaterThan(requirements);
  });

  it("has a Home-tab button that shows the task pane, with 16/32/80 icons", () => {
    expect(manifestText).toContain('<OfficeTab id="TabHome">');
    expect(manifestText).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
    for (const size of [16, 32, 80]) expect(manifestText).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
  });

  const facts = buildFacts({ XUEJI_URL: "https://xueji.test.invalid/pane/" });

  it("names only pages and icons the build emits", () => {
    const emitted = emittedFiles(facts);
    expect(devUrls.length).toBeGreaterThan(3);
    for (const url of devUrls) {
      if (url === "") continue; // AppDomain is the origin itself
      expect({ url, emitted: emitted.has(url) }).toEqual({ url, emitted: true });
    }
  });

  it("has icons of the sizes their names promise", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it("points every URL at XUEJI_URL in the production build", () => {
    expect(facts.manifestOut).not.toMatch(/https?:\/\/localhost/);
    expect(facts.manifestOut).toContain('<SourceLocation DefaultValue="https://xueji.test.invalid/pane/taskpane.html"/>');
    expect(facts.manifestOut).toContain("<AppDomain>https://xueji.test.invalid</AppDomain>");
    expect(facts.manifestOut).toContain('<bt:Image id="Icon.80x80" DefaultValue="https://xueji.test.invalid/pane/assets/icon-80.png"/>');
  });

  it("names only pages and icons that the build really writes to dist/", () => {
    ensureDist();
    const dist = path.join(ROOT, "dist");
    expect(fs.existsSync(path.join(dist, "manifest.xml"))).toBe(true);
    for (const url of devUrls) {
      if (url === "") continue;
      expect({ url, built: fs.existsSync(path.join(dist, url)) }).toEqual({ url, built: true });
    }
  }, 600_000);
});
