import { Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { OutputWriter } from "../app/outputs";
import type { WorkbookHost } from "../app/host";
import { ResultView } from "../ui/ResultView";
import { DownloadButtons } from "./DownloadButtons";
import { ProblemPreview } from "./ProblemPreview";
import type { FileEntry } from "./use-file-checks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
});

/** One picked file: why it could not be read, or its results with preview and downloads. */
export function FileResult({
  file,
  host,
  outputs,
}: {
  file: FileEntry;
  host: WorkbookHost;
  outputs: OutputWriter;
}) {
  const s = useStyles();
  if (file.readError) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>无法读取「{file.name}」</MessageBarTitle>
          {file.readError}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (file.checkError) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>「{file.name}」检查没有完成</MessageBarTitle>
          {file.checkError}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!file.check) {
    const sheets = file.tables?.length ?? 0;
    return <Caption1 className={s.note}>已读取「{file.name}」（{sheets} 个工作表），请点击“检查”。</Caption1>;
  }
  const check = file.check;
  return (
    <div className={s.root}>
      <DownloadButtons host={host} source={{ fileName: file.name, bytes: file.bytes ?? null, tables: file.tables ?? [] }} check={check} outputs={outputs} />
      <ResultView
        key={file.id}
        check={check}
        footer={(result) => <ProblemPreview result={result} table={file.tables?.find((t) => t.sheet === result.sheet)} />}
      />
    </div>
  );
}
