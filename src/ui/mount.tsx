import { FluentProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { paneTheme } from "./theme";

function container(): HTMLElement {
  const found = document.getElementById("container");
  if (found) return found;
  const div = document.createElement("div");
  div.id = "container";
  document.body.appendChild(div);
  return div;
}

/** What the page shows, in body[data-host] (the end-to-end tests read it). */
export type PageState = "excel" | "browser" | "connecting" | "unavailable";

/** One React root in #container, themed; both entries (taskpane.html, index.html) render through it. */
export function mountPage(): (content: ReactNode, state: PageState) => void {
  document.documentElement.lang = "zh-CN";
  const root = createRoot(container());
  return (content, state) => {
    document.body.dataset.host = state;
    root.render(<FluentProvider theme={paneTheme}>{content}</FluentProvider>);
  };
}
