import { Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { WorkbookHost } from "../../app/host";
import { ResultView } from "../ResultView";
import { DownloadButtons } from "./DownloadButtons";
import type { FileSession } from "../../web/file-session";
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
  session,
}: {
  file: FileEntry;
  host: WorkbookHost;
  session: FileSession;
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
  const note = file.note ? <Caption1 className={s.note}>{file.note}</Caption1> : null;
  if (!file.check) {
    const sheets = file.sheets ?? 0;
    return (
      <div className={s.root}>
        <Caption1 className={s.note}>已读取「{file.name}」（{sheets} 个工作表），请点击“检查”。</Caption1>
        {note}
      </div>
    );
  }
  const { check, previews } = file.check;
  return (
    <div className={s.root}>
      {note}
      <DownloadButtons host={host} fileName={file.name} check={check} write={(what, onProgress) => session.write(file.id, what, onProgress)} />
      <ResultView key={file.id} check={check} footer={(result) => <ProblemPreview preview={previews[check.results.indexOf(result)]} />} />
    </div>
  );
}
