import { makeStyles, tokens, ToggleButton } from "@fluentui/react-components";
import { CheckmarkRegular, DismissRegular } from "@fluentui/react-icons";
import type { Severity } from "../core";
import { SEVERITY_LABEL, type GroupBy } from "./issue-groups";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  spacer: { width: tokens.spacingHorizontalS },
});

const SEVERITIES: Severity[] = ["error", "warning", "fix"];

export interface IssueFiltersProps {
  groupBy: GroupBy;
  onGroupBy: (by: GroupBy) => void;
  show: ReadonlySet<Severity>;
  onToggle: (severity: Severity) => void;
  counts: Record<Severity, number>;
}

/** Group by rule or by column; show or hide errors, warnings and fixes. */
export function IssueFilters({ groupBy, onGroupBy, show, onToggle, counts }: IssueFiltersProps) {
  const s = useStyles();
  return (
    <div className={s.bar}>
      <span className={s.label} id="issue-group-label">
        分组
      </span>
      <div role="group" aria-labelledby="issue-group-label" className={s.bar}>
        <ToggleButton
          size="small"
          appearance={groupBy === "code" ? "primary" : "secondary"}
          checked={groupBy === "code"}
          onClick={() => onGroupBy("code")}
        >
          按规则
        </ToggleButton>
        <ToggleButton
          size="small"
          appearance={groupBy === "column" ? "primary" : "secondary"}
          checked={groupBy === "column"}
          onClick={() => onGroupBy("column")}
        >
          按列
        </ToggleButton>
      </div>
      <span className={s.spacer} />
      <div role="group" aria-label="按严重程度筛选" className={s.bar}>
        {SEVERITIES.map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            checked={show.has(sev)}
            icon={show.has(sev) ? <CheckmarkRegular /> : <DismissRegular />}
            onClick={() => onToggle(sev)}
          >
            {SEVERITY_LABEL[sev]} {counts[sev]}
          </ToggleButton>
        ))}
      </div>
    </div>
  );
}
