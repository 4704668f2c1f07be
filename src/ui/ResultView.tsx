import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { describeUnchecked, type CheckResult, type Issue, type WorkbookCheck } from "../core";
import { IssueList } from "./IssueList";
import { SheetPicker } from "./SheetPicker";
import { SummaryCards } from "./SummaryCards";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
});

const SKIP_REASON = { empty: "空表", "not-a-template": "不是导入模板" } as const;

export interface ResultViewProps {
  check: WorkbookCheck;
  onSelectIssue?: (issue: Issue) => void;
  /** what sits between the summary and the issue list (actions, downloads) */
  extra?: (result: CheckResult) => ReactNode;
  /** what comes after the issue list (the problem-row preview) */
  footer?: (result: CheckResult) => ReactNode;
}

/** One workbook's answer: which sheet, its six numbers, then its issues. */
export function ResultView({ check, onSelectIssue, extra, footer }: ResultViewProps) {
  const s = useStyles();
  const [index, setIndex] = useState(0);
  const result = check.results[Math.min(index, check.results.length - 1)];
  if (!result) return <Caption1 className={s.note}>工作簿中没有数据。</Caption1>;
  return (
    <div className={s.root}>
      <SheetPicker results={check.results} index={index} onChange={setIndex} />
      <SummaryCards result={result} />
      {result.unchecked.length > 0 && <Caption1 className={s.note}>本表格式无法检查：{describeUnchecked(result.unchecked)}</Caption1>}
      {check.skipped.length > 0 && (
        <Caption1 className={s.note}>
          未检查的工作表：{check.skipped.map((k) => `「${k.sheet}」（${SKIP_REASON[k.reason]}）`).join("、")}
        </Caption1>
      )}
      {extra?.(result)}
      <Subtitle2>问题列表</Subtitle2>
      <IssueList issues={result.issues} onSelect={onSelectIssue} />
      {footer?.(result)}
    </div>
  );
}
