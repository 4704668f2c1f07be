import { createBrowserHost } from "./browser-host";
import { FileSession } from "./file-session";
import { workerOutputs } from "../worker/output-writer";
import { App } from "../ui/App";
import { mountPage } from "../ui/mount";

/**
 * The browser page (dist/index.html): no Office.js, nothing to wait for — files are picked from disk
 * and checked in the worker. Works from a server, from file:// and offline.
 */
const session = new FileSession();
session.warm();
mountPage()(<App host={createBrowserHost()} session={session} outputs={workerOutputs()} />, "browser");
