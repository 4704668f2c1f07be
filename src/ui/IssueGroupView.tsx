import { createFocusOutlineStyle, makeStyles, tokens, Badge, Button } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Issue } from "../core";
import type { IssueGroup } from "./issue-groups";
import { IssueItem } from "./IssueItem";

/** How many issues an expanded group renders at first, and how many more each "显示更多" adds. */
export const PAGE_SIZE = 200;

const useStyles = makeStyles({
  group: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    backgroundColor: "transparent",
    textAlign: "left",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ...createFocusOutlineStyle(),
  },
  title: { flexGrow: 1, minWidth: 0, wordBreak: "break-word" },
  chevron: { flexShrink: 0, display: "flex" },
  more: { margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const BADGE_COLOR = { error: "danger", warning: "warning", fix: "success" } as const;

/** A collapsed group shows only its title and count; expanding renders a page at a time. */
export function IssueGroupView({ group, onSelect }: { group: IssueGroup; onSelect?: (issue: Issue) => void }) {
  const s = useStyles();
  const [shown, setShown] = useState(0);
  const open = shown > 0;
  const total = group.issues.length;
  return (
    <section className={s.group}>
      <button type="button" className={s.header} aria-expanded={open} onClick={() => setShown(open ? 0 : PAGE_SIZE)}>
        <span className={s.chevron}>{open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}</span>
        <span className={s.title}>{group.title}</span>
        <Badge appearance="tint" color={BADGE_COLOR[group.severity]} aria-label={`${total} 条`}>
          {total.toLocaleString("zh-CN")}
        </Badge>
      </button>
      {open && (
        <>
          <ul className={s.list}>
            {group.issues.slice(0, shown).map((issue, i) => (
              <li key={i}>
                <IssueItem issue={issue} onSelect={onSelect} />
              </li>
            ))}
          </ul>
          {shown < total && (
            <Button size="small" className={s.more} onClick={() => setShown(shown + PAGE_SIZE)}>
              显示更多（还有 {total - shown} 条）
            </Button>
          )}
        </>
      )}
    </section>
  );
}
