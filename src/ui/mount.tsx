import { FluentProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { paneTheme } from "./theme";

function container(): HTMLElement {
  const found = document.getElementById("container");
  if (found) return found;
  const div = document.createElement("div");
  div.id = "container";
  document.body.appendChild(div);
  return div;
}

/** One React root in #container, themed; both entries (taskpane.html, index.html) render through it. */
export function mountPage(host: "excel" | "browser"): (content: ReactNode) => void {
  document.documentElement.lang = "zh-CN";
  document.body.dataset.host = host;
  const root: Root = createRoot(container());
  return (content) => root.render(<FluentProvider theme={paneTheme}>{content}</FluentProvider>);
}
