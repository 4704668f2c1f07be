import type { AuditClass } from "../core/audit";

/** Bars shown; the audit workbook lists every class. */
export const CHART_BARS = 30;

const W = 720;
const H = 260;
const PAD = { left: 36, right: 8, top: 12, bottom: 70 };
const COLORS = { ok: "#4472C4", over: "#C00000", cap: "#C00000" };

/**
 * The largest classes as bars against their cap, drawn by hand in SVG (no chart library): a bar is red
 * when the class is over its cap, and each bar has a short red line at its cap.
 */
export function ClassSizeChart({ classes }: { classes: readonly AuditClass[] }) {
  const shown = [...classes].sort((a, b) => b.count - a.count).slice(0, CHART_BARS);
  if (shown.length === 0) return null;
  const max = Math.max(...shown.map((c) => Math.max(c.count, c.cap ?? 0)));
  const top = Math.ceil(max / 10) * 10;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / shown.length;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = Array.from({ length: top / 10 + 1 }, (_, i) => i * 10);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`人数最多的 ${shown.length} 个班级与班额上限`}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#e0e0e0" />
          <text x={PAD.left - 4} y={y(t) + 4} fontSize="10" textAnchor="end">
            {t}
          </text>
        </g>
      ))}
      {shown.map((c, i) => {
        const x = PAD.left + i * step;
        const label = `${c.school} ${c.grade}${c.className}`;
        return (
          <g key={`${c.school}|${c.grade}|${c.className}`} data-testid="class-bar">
            <title>{`${label}：${c.count} 人${c.cap !== null ? `（上限 ${c.cap}）` : ""}`}</title>
            <rect x={x + step * 0.15} width={step * 0.7} y={y(c.count)} height={y(0) - y(c.count)} fill={c.status === "over-cap" ? COLORS.over : COLORS.ok} />
            {c.cap !== null && <line x1={x + step * 0.05} x2={x + step * 0.95} y1={y(c.cap)} y2={y(c.cap)} stroke={COLORS.cap} strokeWidth="2" strokeDasharray="4 2" />}
            <text x={x + step / 2} y={y(0) + 8} fontSize="9" textAnchor="end" transform={`rotate(-45 ${x + step / 2} ${y(0) + 8})`}>
              {`${c.grade}${c.className}`}
            </text>
          </g>
        );
      })}
      <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#333" />
    </svg>
  );
}
