import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { Progress } from "../app/host";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  primary: { width: "100%" },
});

export interface RunBarProps {
  running: boolean;
  progress: Progress | null;
  onRun: () => void;
  onCancel: () => void;
  /** e.g. no file chosen yet */
  disabled?: boolean;
  label?: string;
}

/** One primary 检查 button; while running, a progress bar and 取消 in its place. */
export function RunBar({ running, progress, onRun, onCancel, disabled, label = "检查" }: RunBarProps) {
  const s = useStyles();
  if (!running) {
    return (
      <Button appearance="primary" size="large" className={s.primary} onClick={onRun} disabled={disabled}>
        {label}
      </Button>
    );
  }
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div className={s.row}>
      <Field className={s.grow} validationMessage={progress?.label ?? "正在准备…"} validationState="none">
        <ProgressBar value={fraction} max={1} thickness="large" aria-label="检查进度" />
      </Field>
      <Button onClick={onCancel}>取消</Button>
    </div>
  );
}
