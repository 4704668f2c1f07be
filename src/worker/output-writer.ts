import { workbookEdits } from "../core";
import type { OutputWriter } from "../app/outputs";
import { reportFileName, uploadFileName } from "../ui/file-names";
import { defaultWorkerFactory, writeInWorker, type WorkerFactory } from "./engine-client";

/** The page's and the pane's writers: the edits are worked out here, the files are written in the worker. */
export function workerOutputs(createWorker: WorkerFactory = defaultWorkerFactory): OutputWriter {
  return {
    async upload(check, source) {
      const file = await writeInWorker({ type: "upload", bytes: source.bytes, tables: source.tables, edits: workbookEdits(check) }, undefined, createWorker);
      return { bytes: file.bytes, converted: file.converted, fileName: uploadFileName(source.fileName, file.extension) };
    },
    async report(check, fileName) {
      const file = await writeInWorker({ type: "report", check, fileName }, undefined, createWorker);
      return { bytes: file.bytes, converted: false, fileName: reportFileName(fileName) };
    },
  };
}
