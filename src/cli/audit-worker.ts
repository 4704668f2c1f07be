import { parentPort, workerData } from "node:worker_threads";
import type { Profile } from "../core";
import { createCodeLists } from "../core/codes";
import { useZipCodec } from "../io/zip/codec";
import { nodeZipCodec } from "../io/zip/node-codec";
import { readOneAuditFile } from "./audit-read-one";
import type { AuditJobMessage, AuditReplyMessage } from "./audit-pool";

/** One thread of the audit pool: reads and checks the files it is sent, one at a time, as the main thread would. */
const { profile, today } = workerData as { profile: Profile; today?: string };
// a worker has its own module state: install node:zlib here too, as main.ts does for the main thread
useZipCodec(nodeZipCodec);
const options = { profile, today, codeLists: createCodeLists(profile) };

parentPort!.on("message", (job: AuditJobMessage) => {
  let reply: AuditReplyMessage;
  try {
    reply = { index: job.index, result: readOneAuditFile(job.full, job.shown, options) };
  } catch (e) {
    reply = { index: job.index, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
