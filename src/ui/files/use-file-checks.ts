import { useCallback, useEffect, useRef, useState } from "react";
import type { Progress } from "../../app/host";
import type { EngineOptions } from "../../worker/protocol";
import type { PageCheck } from "../../worker/session-protocol";
import { CheckCancelled } from "../../worker/engine-client";
import type { FileSession } from "../../web/file-session";
import { readPickedFile } from "../../web/read-file";

export interface FileEntry {
  /** the session's number for the file (its tables, bytes and check are kept there) */
  id: number;
  name: string;
  /** how many sheets were read; absent when the file could not be read */
  sheets?: number;
  /** how a text file was decoded (which encoding was assumed, bytes that could not be) */
  note?: string;
  /** the file could not be read: what the registrar should do */
  readError?: string;
  /** the check without its cleaned cells, and each result's problem-row preview */
  check?: PageCheck;
  checkError?: string;
}

/**
 * The browser page's files: read when picked (a file that cannot be read gets its own Chinese
 * message), then checked one after another in the session's worker when 检查 is clicked.
 */
export function useFileChecks(session: FileSession) {
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [reading, setReading] = useState(false);
  /** while a picked file is read: how far, with the file's name */
  const [readProgress, setReadProgress] = useState<Progress | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const nextId = useRef(-1);

  useEffect(() => () => controller.current?.abort(), []);

  const addFiles = useCallback(
    async (picked: File[]) => {
      setReading(true);
      const added: FileEntry[] = [];
      for (const [n, file] of picked.entries()) {
        const prefix = picked.length > 1 ? `（${n + 1}/${picked.length}）「${file.name}」` : `「${file.name}」`;
        setReadProgress({ done: 0, total: 1, label: `${prefix}正在读取…` });
        const got = await readPickedFile(file, (bytes, name) => session.open(name, bytes, (p) => setReadProgress({ ...p, label: `${prefix}${p.label ?? ""}` })));
        // a file that could not be read is not in the session: it gets a number of its own below zero
        added.push("read" in got ? { id: got.read.file, name: file.name, sheets: got.read.sheets, note: got.read.note } : { id: nextId.current--, name: file.name, readError: got.error });
      }
      // a file picked again replaces its earlier copy
      setFiles((old) => {
        for (const f of old) if (added.some((a) => a.name === f.name)) session.close(f.id);
        return [...old.filter((f) => !added.some((a) => a.name === f.name)), ...added];
      });
      setReading(false);
      setReadProgress(null);
      return added;
    },
    [session],
  );

  const checkAll = useCallback(
    async (options: EngineOptions) => {
      controller.current?.abort();
      const mine = new AbortController();
      controller.current = mine;
      setRunning(true);
      setCancelled(false);
      const todo = files.filter((f) => f.sheets !== undefined);
      for (const [n, file] of todo.entries()) {
        const prefix = todo.length > 1 ? `（${n + 1}/${todo.length}）「${file.name}」` : `「${file.name}」`;
        try {
          const result = await session.check(file.id, options, (p) => setProgress({ ...p, label: `${prefix}${p.label ?? ""}` }), mine.signal);
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
    [files, session],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setRunning(false);
    setProgress(null);
    setCancelled(true);
  }, []);

  const remove = useCallback(
    (id: number) => {
      session.close(id);
      setFiles((old) => old.filter((f) => f.id !== id));
    },
    [session],
  );

  return { files, reading, readProgress, running, progress, cancelled, addFiles, checkAll, cancel, remove };
}
