import { Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookHost } from "../../app/host";
import { CheckSettingsBar } from "../CheckSettingsBar";
import { RunBar } from "../RunBar";
import { useCheckSettings } from "../use-check-settings";
import { FileDropZone } from "./FileDropZone";
import { FileResult } from "./FileResult";
import { FileTabs } from "./FileTabs";
import type { FileSession } from "../../web/file-session";
import { useFileChecks } from "./use-file-checks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface BrowserCheckViewProps {
  host: WorkbookHost;
  /** where the picked files are read, checked and written (a worker that keeps them) */
  session: FileSession;
}

/** Outside Office: pick files, check them all, look at each file's results and download. */
export function BrowserCheckView({ host, session }: BrowserCheckViewProps) {
  const s = useStyles();
  const settings = useCheckSettings(host);
  const checks = useFileChecks(session);
  const [selected, setSelected] = useState<number | null>(null);
  const current = checks.files.find((f) => f.id === selected) ?? checks.files[0];
  const readable = checks.files.some((f) => f.sheets !== undefined);
  const detected = current?.check?.check.results[0]?.template?.name ?? null;

  const onFiles = async (files: File[]) => {
    const added = await checks.addFiles(files);
    if (added.length) setSelected(added[0].id);
  };

  return (
    <div className={s.root}>
      <FileDropZone onFiles={(f) => void onFiles(f)} />
      {checks.reading && (
        <Field validationMessage={checks.readProgress?.label ?? "正在读取文件…"} validationState="none" data-testid="reading">
          <ProgressBar value={checks.readProgress && checks.readProgress.total > 0 ? checks.readProgress.done / checks.readProgress.total : undefined} />
        </Field>
      )}
      <CheckSettingsBar settings={settings} detected={detected} />
      <RunBar
        running={checks.running}
        progress={checks.progress}
        onRun={() => void checks.checkAll(settings.engineOptions())}
        onCancel={checks.cancel}
        disabled={!readable || checks.reading}
        label={checks.files.filter((f) => f.sheets !== undefined).length > 1 ? "检查全部文件" : "检查"}
      />
      {checks.cancelled && (
        <MessageBar intent="info">
          <MessageBarBody>检查已取消。</MessageBarBody>
        </MessageBar>
      )}
      <FileTabs files={checks.files} selected={current?.id ?? -1} onSelect={setSelected} />
      {current && <FileResult key={current.id} file={current} host={host} session={session} />}
    </div>
  );
}
