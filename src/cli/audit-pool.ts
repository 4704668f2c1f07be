import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Profile } from "../core";
import { createCodeLists } from "../core/codes";
import { readOneAuditFile, type AuditRead } from "./audit-read-one";

/** One file to audit: its full path, and the path as the report shows it. */
export interface AuditJob {
  full: string;
  shown: string;
}

export interface AuditJobMessage extends AuditJob {
  index: number;
}

export type AuditReplyMessage = { index: number; result: AuditRead } | { index: number; error: string };

export interface AuditSettings {
  profile: Profile;
  today?: string;
}

/**
 * A thread takes ~0.5 s to load and warm up the engine, about ten 500-row files' worth: fewer files than this
 * per thread are read as quickly in the main thread alone (measured on 2 cores: 50 files, no gain).
 */
const FILES_PER_THREAD = 32;

/** How many threads to read `files` files with on this machine (1: in the main thread). */
export function auditThreads(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Read and check every file, in `threads` worker threads (reading and checking is nearly all of an audit's
 * time, and each file is independent). Results come back in the order of `jobs`, whatever order the threads
 * finish in, so the audit is the same as one read file after file; `onRead` is called as each file is done.
 */
export function readAuditFiles(
  jobs: readonly AuditJob[],
  settings: AuditSettings,
  threads: number,
  onRead: (job: AuditJob, result: AuditRead) => void,
): Promise<AuditRead[]> {
  // a throw in the executor rejects, as a failing thread does
  if (threads <= 1 || jobs.length <= 1) return new Promise((resolve) => resolve(readInThisThread(jobs, settings, onRead)));
  return new Promise((resolve, reject) => {
    const results: AuditRead[] = new Array<AuditRead>(jobs.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let over = false;
    const end = (error?: Error) => {
      if (over) return;
      over = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (w: Worker) => {
      if (next >= jobs.length) return;
      const index = next++;
      const message: AuditJobMessage = { index, ...jobs[index] };
      w.postMessage(message);
    };
    for (let k = 0; k < Math.min(threads, jobs.length); k++) {
      const w = startWorker(settings);
      workers.push(w);
      w.on("message", (m: AuditReplyMessage) => {
        if (over) return;
        if ("error" in m) return end(new Error(m.error));
        results[m.index] = m.result;
        done++;
        onRead(jobs[m.index], m.result);
        if (done === jobs.length) end();
        else feed(w);
      });
      w.on("error", (e) => end(e));
      w.on("exit", (code) => end(new Error(`核查线程意外退出（exit code ${code}）`)));
      feed(w);
    }
  });
}

function readInThisThread(jobs: readonly AuditJob[], settings: AuditSettings, onRead: (job: AuditJob, result: AuditRead) => void): AuditRead[] {
  const options = { ...settings, codeLists: createCodeLists(settings.profile) };
  return jobs.map((job) => {
    const result = readOneAuditFile(job.full, job.shown, options);
    onRead(job, result);
    return result;
  });
}

/**
 * The compiled worker beside this file. Run from the TypeScript sources (jest), there is none: the same
 * worker file is then loaded through a hook that transpiles each .ts module as it is required.
 */
function startWorker(settings: AuditSettings): Worker {
  const compiled = join(__dirname, "audit-worker.js");
  if (existsSync(compiled)) return new Worker(compiled, { workerData: settings });
  const entry = join(__dirname, "audit-worker.ts");
  return new Worker(TS_LOADER, { eval: true, workerData: { ...settings, entry, typescript: require.resolve("typescript") } });
}

const TS_LOADER = `
const { readFileSync } = require("fs");
const { workerData } = require("worker_threads");
const ts = require(workerData.typescript);
const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true };
require.extensions[".ts"] = (m, file) => m._compile(ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions }).outputText, file);
require(workerData.entry);
`;
