import { useCallback, useEffect, useRef, useState } from "react";
import type { SheetTable, WorkbookCheck } from "../core";
import type { Progress } from "../app/host";
import type { EngineOptions } from "../worker/protocol";
import { CheckCancelled, checkTables } from "../worker/engine-client";
import { readPickedFile, type WorkbookReader } from "./read-file";

export interface FileEntry {
  id: number;
  name: string;
  tables?: SheetTable[];
  /** the file as picked: the upload-ready copy is this file, edited */
  bytes?: Uint8Array;
  /** the file could not be read: what the registrar should do */
  readError?: string;
  check?: WorkbookCheck;
  checkError?: string;
}

/**
 * The browser page's files: read when picked (a file that cannot be read gets its own Chinese
 * message), then checked one after another in the worker when 检查 is clicked.
 */
export function useFileChecks(read: WorkbookReader, check: typeof checkTables) {
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [reading, setReading] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const nextId = useRef(1);

  useEffect(() => () => controller.current?.abort(), []);

  const addFiles = useCallback(
    async (picked: File[]) => {
      setReading(true);
      const added: FileEntry[] = [];
      for (const file of picked) {
        const got = await readPickedFile(file, read);
        const id = nextId.current++;
        added.push("tables" in got ? { id, name: file.name, tables: got.tables, bytes: got.bytes } : { id, name: file.name, readError: got.error });
      }
      // a file picked again replaces its earlier copy
      setFiles((old) => [...old.filter((f) => !added.some((a) => a.name === f.name)), ...added]);
      setReading(false);
      return added;
    },
    [read],
  );

  const checkAll = useCallback(
    async (options: EngineOptions) => {
      controller.current?.abort();
      const mine = new AbortController();
      controller.current = mine;
      setRunning(true);
      setCancelled(false);
      const todo = files.filter((f) => f.tables);
      for (const [n, file] of todo.entries()) {
        const prefix = todo.length > 1 ? `（${n + 1}/${todo.length}）「${file.name}」` : `「${file.name}」`;
        try {
          const result = await check(file.tables!, options, (p) => setProgress({ ...p, label: `${prefix}${p.label ?? ""}` }), mine.signal);
          setFiles((old) => old.map((f) => (f.id === file.id ? { ...f, check: result, checkError: undefined } : f)));
        } catch (err) {
          if (err instanceof CheckCancelled || mine.signal.aborted) break;
          const why = err instanceof Error ? err.message : String(err);
          setFiles((old) => old.map((f) => (f.id === file.id ? { ...f, check: undefined, checkError: why } : f)));
        }
      }
      if (controller.current === mine) {
        controller.current = null;
        setRunning(false);
        setProgress(null);
      }
    },
    [files, check],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setRunning(false);
    setProgress(null);
    setCancelled(true);
  }, []);

  const remove = useCallback((id: number) => setFiles((old) => old.filter((f) => f.id !== id)), []);

  return { files, reading, running, progress, cancelled, addFiles, checkAll, cancel, remove };
}
