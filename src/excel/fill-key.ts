/**
 * A cell's fill as one short string, so original fills can be grouped, stored in a sheet and put
 * back: "" = no fill, "#RRGGBB" = solid colour, "#RRGGBB|Pattern|#RRGGBB" = patterned fill.
 */
export interface FillLike {
  color?: string | null;
  pattern?: string | null;
  patternColor?: string | null;
}

export const NO_FILL = "";

export function fillKey(fill: FillLike): string {
  if (fill.pattern === "None") return NO_FILL;
  const color = (fill.color ?? "").toUpperCase();
  if (!color) return NO_FILL;
  if (!fill.pattern || fill.pattern === "Solid") return color;
  return `${color}|${fill.pattern}|${(fill.patternColor ?? "").toUpperCase()}`;
}

/**
 * Without ExcelApi 1.9 a fill has no pattern to read, and an unfilled cell reports white; white is
 * then taken as "no fill" (restoring it shows gridlines again, the usual look of such a cell).
 */
export function fillKeyFromColor(color: string | null): string {
  if (!color) return NO_FILL;
  const c = color.toUpperCase();
  return c === "#FFFFFF" ? NO_FILL : c;
}

/** Put a stored fill back on a range or range areas. */
export function applyFillKey(fill: Excel.RangeFill, key: string): void {
  if (key === NO_FILL) {
    fill.clear();
    return;
  }
  const [color, pattern, patternColor] = key.split("|");
  fill.color = color;
  if (pattern) {
    fill.pattern = pattern as Excel.FillPattern;
    if (patternColor) fill.patternColor = patternColor;
  }
}
