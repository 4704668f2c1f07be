import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../core";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(88px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  good: { color: tokens.colorPaletteGreenForeground1 },
});

type Tone = "bad" | "warn" | "good" | undefined;

/** The six numbers a registrar looks at first. Non-zero problems are coloured, zero is calm. */
export function SummaryCards({ result }: { result: CheckResult }) {
  const s = useStyles();
  const c = result.counts;
  const cards: { label: string; value: number; tone: Tone }[] = [
    { label: "行数", value: result.dataRows, tone: undefined },
    { label: "错误", value: c.errors, tone: c.errors ? "bad" : "good" },
    { label: "警告", value: c.warnings, tone: c.warnings ? "warn" : undefined },
    { label: "可自动修正", value: c.fixes, tone: c.fixes ? "good" : undefined },
    { label: "重复身份证号", value: c.duplicateIds, tone: c.duplicateIds ? "bad" : undefined },
    { label: "超班额班级", value: c.classesOverCap, tone: c.classesOverCap ? "bad" : undefined },
  ];
  return (
    <dl className={s.grid} aria-label="检查结果汇总">
      {cards.map((card) => (
        <div key={card.label} className={s.card}>
          <dt className={s.label}>{card.label}</dt>
          <dd className={mergeClasses(s.value, card.tone && s[card.tone])} style={{ margin: 0 }}>
            {card.value.toLocaleString("zh-CN")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
