import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Profile } from "../core";
import { createCodeLists } from "../core/codes";
import { readOneAuditFile, unreadable, type AuditRead } from "./audit-read-one";
import { internalErrorMessage } from "./internal-error";

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
    const workers = new Set<Worker>();
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
    const finish = (index: number, result: AuditRead) => {
      results[index] = result;
      done++;
      onRead(jobs[index], result);
      if (done === jobs.length) end();
    };
    const start = () => {
      const w = startWorker(settings);
      workers.add(w);
      // the job this thread is reading: if the thread dies on it, that file is unreadable and a new thread goes on
      let current: number | undefined;
      const feed = () => {
        if (over || next >= jobs.length) return;
        current = next++;
        const message: AuditJobMessage = { index: current, ...jobs[current] };
        w.postMessage(message);
      };
      w.on("message", (m: AuditReplyMessage) => {
        if (over) return;
        current = undefined;
        finish(m.index, "error" in m ? unreadable(jobs[m.index].shown, internalErrorMessage(new Error(m.error))) : m.result);
        feed();
      });
      const died = () => {
        if (over || !workers.delete(w)) return;
        if (current !== undefined) {
          const index = current;
          current = undefined;
          finish(index, unreadable(jobs[index].shown, THREAD_DIED));
        }
        if (!over && next < jobs.length) start();
        else if (!over && workers.size === 0 && done < jobs.length) end(new Error("核查线程全部退出"));
      };
      w.on("error", died);
      w.on("exit", died);
      feed();
    };
    for (let k = 0; k < Math.min(threads, jobs.length); k++) start();
  });
}

const THREAD_DIED = "读取这个文件时用尽了内存或意外中止，已跳过它继续核查其他文件。请单独用 xueji check 检查它，或按年级拆分后重新提交。";

/** a thread's heap: a file that would need more is that file's failure, not the audit's */
const THREAD_HEAP_MB = 768;

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
  const resourceLimits = { maxOldGenerationSizeMb: THREAD_HEAP_MB };
  if (existsSync(compiled)) return new Worker(compiled, { workerData: settings, resourceLimits });
  const entry = join(__dirname, "audit-worker.ts");
  return new Worker(TS_LOADER, { eval: true, resourceLimits, workerData: { ...settings, entry, typescript: require.resolve("typescript") } });
}

const TS_LOADER = `
const { readFileSync } = require("fs");
const { workerData } = require("worker_threads");
const ts = require(workerData.typescript);
const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true };
require.extensions[".ts"] = (m, file) => m._compile(ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions }).outputText, file);
require(workerData.entry);
`;
