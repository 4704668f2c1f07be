import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookCheck } from "../core";
import type { Progress } from "../app/host";
import { CheckCancelled } from "../worker/engine-client";

export type RunState =
  | { status: "idle" }
  | { status: "running"; progress: Progress | null }
  | { status: "done"; check: WorkbookCheck; seconds: number }
  | { status: "cancelled" }
  | { status: "failed"; message: string };

export type CheckJob = (onProgress: (p: Progress) => void, signal: AbortSignal) => Promise<WorkbookCheck>;

/** Runs one check at a time; cancel aborts it (the engine client terminates its worker). */
export function useCheckRun() {
  const [state, setState] = useState<RunState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (job: CheckJob) => {
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    setState({ status: "running", progress: null });
    const began = performance.now();
    try {
      const check = await job((progress) => {
        if (!mine.signal.aborted) setState({ status: "running", progress });
      }, mine.signal);
      if (!mine.signal.aborted) setState({ status: "done", check, seconds: (performance.now() - began) / 1000 });
    } catch (err) {
      if (mine.signal.aborted || err instanceof CheckCancelled) {
        if (controller.current === mine) setState({ status: "cancelled" });
        return;
      }
      setState({ status: "failed", message: err instanceof Error ? err.message : String(err) });
    } finally {
      if (controller.current === mine) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState({ status: "cancelled" });
  }, []);

  return { state, start, cancel };
}
