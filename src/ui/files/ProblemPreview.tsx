import { Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { Preview } from "../../app/preview-rows";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  scroll: { overflowX: "auto", maxHeight: "360px", overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  th: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
  },
  td: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  rowNo: { color: tokens.colorNeutralForeground3, textAlign: "right" },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  fix: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The first 50 rows with problems (built where the table is kept), problem cells coloured; hovering a cell shows what is wrong. */
export function ProblemPreview({ preview }: { preview: Preview | undefined }) {
  const s = useStyles();
  if (!preview || preview.rows.length === 0) return null;
  return (
    <div className={s.root}>
      <Subtitle2>有问题的行（预览）</Subtitle2>
      <Caption1 className={s.note}>
        {preview.problemRows > preview.rows.length
          ? `共 ${preview.problemRows} 行有问题，这里显示前 ${preview.rows.length} 行；`
          : `共 ${preview.problemRows} 行有问题；`}
        红色为错误，黄色为警告，绿色为可自动修正。鼠标停在单元格上可看原因。
      </Caption1>
      <div className={s.scroll} tabIndex={0} role="region" aria-label="有问题的行预览">
        <table className={s.table}>
          <thead>
            <tr>
              <th className={s.th}>行</th>
              {preview.columns.map((c) => (
                <th key={c.col} className={s.th} scope="col">
                  {c.header ? `${c.header}（${c.letter}）` : c.letter}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.row}>
                <td className={mergeClasses(s.td, s.rowNo)}>{r.row}</td>
                {r.cells.map((cell, i) => (
                  <td key={i} className={mergeClasses(s.td, cell.severity && s[cell.severity])} title={cell.note}>
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
