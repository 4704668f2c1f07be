/**
 * @jest-environment jsdom
 */
import { parse } from "acorn";
import { readFileSync } from "fs";
import { join } from "path";

/** The ES5 bootstrap of taskpane.html (webview-check.js), run here as the page runs it. */
const SOURCE = readFileSync(join(__dirname, "webview-check.js"), "utf8");

const UA = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeLegacy: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  webview2: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
  mac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};

interface Check {
  detect(ua: string, parsesModern: boolean): string | null;
  parsesModern(ctor: unknown): boolean;
  browserPageUrl(href: string): string;
}
type Win = Window & { xuejiWebviewCheck?: Check; xuejiUnsupportedWebview?: string; Office?: unknown };
const win = window as Win;

function run(userAgent: string): void {
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  document.body.innerHTML = '<div id="container"></div>';
  delete win.xuejiUnsupportedWebview;
  // as an inline script: in the page's global scope
  (0, eval)(SOURCE);
}

const check = (): Check => win.xuejiWebviewCheck!;

afterEach(() => {
  delete win.Office;
});

describe("webview-check.js is ES5", () => {
  it("parses as ECMAScript 5 (IE11 cannot parse anything newer)", () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  });
  it("would catch ES2015 syntax", () => {
    expect(() => parse("const a = () => 1;", { ecmaVersion: 5 })).toThrow();
  });
  it("uses no ES2015+ library calls IE11 lacks", () => {
    const code = SOURCE.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "").replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(code).not.toMatch(/\.(includes|startsWith|endsWith|find|findIndex|repeat|padStart|padEnd|assign|from|of)\(|\b(Promise|Symbol|Map|WeakMap|fetch)\b|`/);
  });
});

describe("detect", () => {
  beforeAll(() => run(UA.webview2));
  it("names IE11 (Trident) and Edge Legacy (EdgeHTML)", () => {
    expect(check().detect(UA.ie11, false)).toBe("trident");
    expect(check().detect(UA.ie11, true)).toBe("trident");
    expect(check().detect(UA.edgeLegacy, false)).toBe("edgehtml");
  });
  it("lets WebView2, Safari (Mac) and any engine that parses ES2020 run the pane", () => {
    expect(check().detect(UA.webview2, true)).toBeNull();
    expect(check().detect(UA.mac, true)).toBeNull();
  });
  it("stops another engine that cannot parse the bundle's syntax", () => {
    expect(check().detect(UA.mac, false)).toBe("old");
  });
  it("probes the syntax: a SyntaxError means too old, a blocked eval says nothing", () => {
    expect(check().parsesModern(Function)).toBe(true);
    expect(check().parsesModern(function () {
      throw new SyntaxError("Unexpected token '.'");
    })).toBe(false);
    expect(check().parsesModern(function () {
      throw new EvalError("unsafe-eval");
    })).toBe(true);
  });
  it("finds the browser page beside the pane, without the pane's query", () => {
    expect(check().browserPageUrl("https://xueji.example/pane/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN#x")).toBe("https://xueji.example/pane/index.html");
    expect(check().browserPageUrl("file:///D:/xueji/taskpane.html")).toBe("file:///D:/xueji/index.html");
  });
});

describe("what the page shows", () => {
  it("in WebView2 shows nothing and leaves the page to the bundle", () => {
    run(UA.webview2);
    expect(win.xuejiUnsupportedWebview).toBeUndefined();
    expect(document.getElementById("container")!.children).toHaveLength(0);
  });

  it("in IE11 says why, what to do now (the browser page, which reads .xls) and later (update, WebView2, volume licence), with the address to copy", () => {
    run(UA.ie11);
    expect(win.xuejiUnsupportedWebview).toBe("trident");
    const alert = document.querySelector("[role=alert]")!;
    const text = alert.textContent!;
    expect(text).toContain("Internet Explorer 11 内核");
    expect(text).toContain("网页版");
    expect(text).toContain("可直接读取 .xls");
    expect(text).toContain("WebView2");
    expect(text).toContain("批量许可版 Office 2016/2019");
    expect(text).toContain("Office 2021");
    const input = alert.querySelector("input")!;
    expect(input.readOnly).toBe(true);
    expect(input.value).toBe(new URL("index.html", window.location.href).href);
    // no Office, or no OpenBrowserWindowApi: no button
    expect(alert.querySelector("button")).toBeNull();
  });

  it("in Edge Legacy says to install WebView2", () => {
    run(UA.edgeLegacy);
    const text = document.querySelector("[role=alert]")!.textContent!;
    expect(text).toContain("EdgeHTML");
    expect(text).toContain("安装 Microsoft Edge WebView2 运行时");
    expect(text).not.toContain("批量许可版");
  });

  it("offers openBrowserWindow where Office has OpenBrowserWindowApi 1.1 (pages served over http(s) only)", () => {
    // jsdom's page is http://localhost/
    const opened: string[] = [];
    const asked: string[] = [];
    win.Office = {
      onReady: (done: () => void) => done(),
      context: {
        ui: { openBrowserWindow: (url: string) => opened.push(url) },
        requirements: { isSetSupported: (name: string, version: string) => (asked.push(`${name} ${version}`), true) },
      },
    };
    run(UA.ie11);
    expect(asked).toEqual(["OpenBrowserWindowApi 1.1"]);
    const button = document.querySelector("[role=alert] button") as HTMLButtonElement;
    expect(button.textContent).toBe("在浏览器中打开网页版");
    button.click();
    expect(opened).toEqual([new URL("index.html", window.location.href).href]);
  });

  it("offers no button where the requirement set is missing", () => {
    win.Office = {
      onReady: (done: () => void) => done(),
      context: { ui: { openBrowserWindow: () => undefined }, requirements: { isSetSupported: () => false } },
    };
    run(UA.ie11);
    expect(document.querySelector("[role=alert] button")).toBeNull();
    expect(document.querySelector("[role=alert] input")).not.toBeNull();
  });
});
