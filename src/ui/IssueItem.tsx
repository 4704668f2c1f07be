import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { issuePlace, issueText, type Issue } from "../core";

const useStyles = makeStyles({
  item: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    wordBreak: "break-word",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ...createFocusOutlineStyle(),
  },
  place: { display: "block", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  fix: { borderLeft: `3px solid ${tokens.colorPaletteGreenBorder2}` },
});

/** One issue: where it is, then what is wrong and what to do. A button when it can select the cell. */
export function IssueItem({ issue, onSelect }: { issue: Issue; onSelect?: (issue: Issue) => void }) {
  const s = useStyles();
  const className = mergeClasses(s.item, s[issue.severity], onSelect && s.clickable);
  const content = (
    <>
      <span className={s.place}>{issuePlace(issue)}</span>
      <span>{issueText(issue)}</span>
    </>
  );
  if (!onSelect) return <div className={className}>{content}</div>;
  return (
    <button type="button" className={className} onClick={() => onSelect(issue)} title="点击定位到该单元格">
      {content}
    </button>
  );
}
