import { makeStyles, tokens, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Issue, Severity } from "../core";
import { groupIssues, type GroupBy } from "./issue-groups";
import { IssueFilters } from "./IssueFilters";
import { IssueGroupView } from "./IssueGroupView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  empty: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalS },
});

const ALL: Severity[] = ["error", "warning", "fix"];

/**
 * Issues grouped by rule or column, groups collapsed with their counts, so 50,000 issues render as a
 * few dozen headings until the registrar opens one.
 */
export function IssueList({ issues, onSelect }: { issues: readonly Issue[]; onSelect?: (issue: Issue) => void }) {
  const s = useStyles();
  const [groupBy, setGroupBy] = useState<GroupBy>("code");
  const [show, setShow] = useState<ReadonlySet<Severity>>(() => new Set(ALL));
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, fix: 0 };
    for (const issue of issues) c[issue.severity]++;
    return c;
  }, [issues]);
  const groups = useMemo(() => groupIssues(issues, groupBy, show), [issues, groupBy, show]);
  const toggle = (sev: Severity) => {
    const next = new Set(show);
    if (next.has(sev)) next.delete(sev);
    else next.add(sev);
    setShow(next);
  };
  return (
    <div className={s.root}>
      <IssueFilters groupBy={groupBy} onGroupBy={setGroupBy} show={show} onToggle={toggle} counts={counts} />
      {issues.length === 0 ? (
        <Text className={s.empty}>没有发现问题。</Text>
      ) : groups.length === 0 ? (
        <Text className={s.empty}>当前筛选下没有问题，请点选上方的“错误 / 警告 / 修正”。</Text>
      ) : (
        <div aria-label="问题列表" role="region">
          {groups.map((g) => (
            <IssueGroupView key={`${groupBy}:${g.key}`} group={g} onSelect={onSelect} />
          ))}
        </div>
      )}
    </div>
  );
}
