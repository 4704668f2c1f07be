import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { OutputWriter } from "../app/outputs";
import type { WorkbookHost } from "../app/host";
import type { Issue, SheetTable } from "../core";
import { CheckSettingsBar } from "./CheckSettingsBar";
import { ResultView } from "./ResultView";
import { RunBar } from "./RunBar";
import { useCheckRun } from "./use-check-run";
import { useCheckSettings } from "./use-check-settings";
import { checkTables } from "../worker/engine-client";
import { ActionsPanel } from "./ActionsPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface CheckViewProps {
  host: WorkbookHost;
  outputs: OutputWriter;
  /** the engine; tests may pass another */
  check?: typeof checkTables;
}

/** The pane's main view: read the open workbook, check it off the UI thread, show and act on the result. */
export function CheckView({ host, outputs, check = checkTables }: CheckViewProps) {
  const s = useStyles();
  const settings = useCheckSettings(host);
  const { state, start, cancel } = useCheckRun();
  const [selectError, setSelectError] = useState<string | null>(null);
  // the cells the shown check was made of: the upload-ready copy is written from them
  const checkedTables = useRef<SheetTable[]>([]);

  const run = () =>
    start(async (onProgress, signal) => {
      const tables = await host.readTables((p) => onProgress({ ...p, label: p.label ?? "正在读取工作表…" }), signal);
      const result = await check(tables, settings.engineOptions(), onProgress, signal);
      checkedTables.current = tables;
      return result;
    });

  const select = host.capabilities.selectCell
    ? (issue: Issue) => {
        if (issue.row === undefined) return;
        host.selectCell(issue.sheet, issue.row, issue.col ?? 0).then(
          () => setSelectError(null),
          (err: unknown) =>
            setSelectError(`无法定位到 ${issue.sheet}!${issue.column ?? ""}${issue.row}：${err instanceof Error ? err.message : String(err)}。工作表可能已改名或删除，请重新检查。`),
        );
      }
    : undefined;

  const detected = state.status === "done" ? state.check.results[0]?.template?.name ?? null : null;
  return (
    <div className={s.root}>
      <CheckSettingsBar settings={settings} detected={detected} />
      <RunBar
        running={state.status === "running"}
        progress={state.status === "running" ? state.progress : null}
        onRun={run}
        onCancel={cancel}
        label={state.status === "done" ? "重新检查" : "检查"}
      />
      {state.status === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>检查已取消。工作表没有被修改。</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>检查没有完成</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {selectError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && (
        <ResultView
          check={state.check}
          onSelectIssue={select}
          extra={(result) => (
            <ActionsPanel
              key={result.sheet}
              host={host}
              result={result}
              check={state.check}
              source={{ fileName: state.check.results[0]?.sheet ?? "学籍导入", bytes: null, tables: checkedTables.current }}
              outputs={outputs}
            />
          )}
        />
      )}
    </div>
  );
}
