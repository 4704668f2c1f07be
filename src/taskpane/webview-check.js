/*
 * Runs first in taskpane.html, inlined before Office.js and the pane's bundle, and is written in ES5 so
 * that it runs in every webview Office may host the add-in in. Office 2016/2019 volume-licensed and
 * older Microsoft 365 builds use Internet Explorer 11 (Trident) or Edge Legacy (EdgeHTML); the bundle
 * (ES2020, React, Fluent) cannot even be parsed there, so without this the pane stays blank. In such a
 * webview it says in Chinese what to do instead, and marks the page so the bundle stays out.
 */
(function (win) {
  "use strict";
  var doc = win.document;

  /** "trident", "edgehtml", "old" (another engine that cannot parse ES2020) or null (the pane can run). */
  function detect(userAgent, parsesModern) {
    if (/Trident\/|MSIE /.test(userAgent)) return "trident";
    // Edge Legacy says "Edge/18.x"; Chromium Edge and WebView2 say "Edg/"
    if (/ Edge\/\d/.test(userAgent)) return "edgehtml";
    return parsesModern ? null : "old";
  }

  /** Whether this engine parses what the bundle is written in (optional chaining, ??, BigInt, async arrows). */
  function parsesModern(FunctionCtor) {
    try {
      new FunctionCtor("var a = { b: [1] }; return a?.b?.[0] ?? (async () => 0n, 0);");
      return true;
    } catch (e) {
      // only a SyntaxError says the engine is too old; a policy that blocks eval says nothing about it
      return !(e instanceof SyntaxError);
    }
  }

  /** The browser page beside this one (index.html), without this page's query or hash. */
  function browserPageUrl(href) {
    return href.split("#")[0].split("?")[0].replace(/[^\/]*$/, "index.html");
  }

  var NOW =
    "现在就能用：先在 Excel 中保存文件，再用 Edge 或 Chrome 打开下面的网页版，把文件拖进去。" +
    "检查内容与加载项相同，可直接读取 .xls，文件不会上传。";
  var UPDATE = "在“文件 → 账户 → 更新选项 → 立即更新”中更新 Office";

  /** What the page says for each webview: why, and what to do, in order. */
  function message(kind) {
    if (kind === "trident") {
      return {
        reason:
          "这台电脑的 Excel 用 Internet Explorer 11 内核显示加载项（Office 2019 批量许可版、较早的 Microsoft 365 都是这样），学籍导入助手在这个内核里无法运行。",
        steps: [
          NOW,
          "Microsoft 365 或零售版 Office 2016/2019：" + UPDATE + "，并安装 Microsoft Edge WebView2 运行时，然后重启 Excel。",
          "批量许可版 Office 2016/2019（学校统一安装的多为此版本）始终使用 IE11 内核，安装 WebView2 也无效：请用网页版，或升级到 Office 2021 及以上。"
        ]
      };
    }
    if (kind === "edgehtml") {
      return {
        reason:
          "这台电脑的 Excel 用旧版 Microsoft Edge（EdgeHTML）内核显示加载项（没有安装 WebView2 时就是这样），学籍导入助手在这个内核里无法运行。",
        steps: [
          NOW,
          "安装 Microsoft Edge WebView2 运行时（Windows 11 已自带），然后重启 Excel；若是 Microsoft 365，请同时" + UPDATE + "。"
        ]
      };
    }
    return {
      reason: "这台电脑的 Excel 内置的浏览器内核版本过旧，学籍导入助手无法运行。",
      steps: [NOW, "把 Office 和操作系统更新到最新版本，然后重启 Excel。"]
    };
  }

  function element(tag, text, style) {
    var el = doc.createElement(tag);
    if (text) el.appendChild(doc.createTextNode(text));
    if (style) el.style.cssText = style;
    return el;
  }

  /** Office.context.ui.openBrowserWindow where this Office has it (OpenBrowserWindowApi 1.1; http(s) pages only). */
  function offerBrowserWindow(place, url) {
    var office = win.Office;
    if (!office || typeof office.onReady !== "function" || !/^https?:/.test(url)) return;
    office.onReady(function () {
      try {
        var ui = office.context && office.context.ui;
        var requirements = office.context && office.context.requirements;
        if (!ui || typeof ui.openBrowserWindow !== "function") return;
        if (!requirements || !requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) return;
        var button = element("button", "在浏览器中打开网页版", "margin-top:8px;padding:6px 12px;font-size:14px;");
        button.type = "button";
        button.onclick = function () {
          ui.openBrowserWindow(url);
        };
        place.appendChild(button);
      } catch (e) {
        // no button then: the address above can still be copied
      }
    });
  }

  function show(kind) {
    var root = doc.getElementById("container") || doc.body;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = element("div", "", "padding:12px;font-size:14px;line-height:1.6;color:#242424;");
    box.setAttribute("role", "alert");
    box.setAttribute("data-webview", kind);
    var m = message(kind);
    box.appendChild(element("h1", "学籍导入助手", "font-size:16px;margin:0 0 8px;"));
    box.appendChild(element("p", m.reason, "margin:0 0 8px;"));
    var list = element("ol", "", "margin:0 0 8px;padding-left:20px;");
    for (var i = 0; i < m.steps.length; i++) list.appendChild(element("li", m.steps[i], "margin-bottom:4px;"));
    box.appendChild(list);
    var url = browserPageUrl(win.location.href);
    var label = element("label", "网页版地址（可复制到浏览器）：", "display:block;");
    var input = element("input", "", "width:100%;box-sizing:border-box;margin-top:4px;padding:4px;font-size:13px;");
    input.readOnly = true;
    input.value = url;
    input.onfocus = function () {
      input.select();
    };
    label.appendChild(input);
    box.appendChild(label);
    root.appendChild(box);
    offerBrowserWindow(box, url);
  }

  win.xuejiWebviewCheck = { detect: detect, parsesModern: parsesModern, browserPageUrl: browserPageUrl, message: message };
  var kind = detect(win.navigator.userAgent, parsesModern(win.Function));
  if (!kind) return;
  // the bundle, should it parse at all, sees this and does not start
  win.xuejiUnsupportedWebview = kind;
  if (doc.readyState === "loading") {
    doc.addEventListener("DOMContentLoaded", function () {
      show(kind);
    });
  } else {
    show(kind);
  }
})(window);
