/**
 * Sizing row blocks so one request or response stays under Excel on the web's 5 MB cap
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). Blocks are sized by
 * bytes, not rows: 20,000 rows of 250-character cells already break the cap (office-js-docs #1247).
 */

/** Bytes we allow per sync: under 5 MB with room for the JSON envelope and other calls in the batch. */
export const PAYLOAD_BUDGET = 4_000_000;

/**
 * Desktop Excel has no payload cap; bigger blocks there mean fewer syncs ("chunk only when you
 * exceed the limits", performance docs) while rows per block stay capped for progress reports.
 */
export const DESKTOP_PAYLOAD_BUDGET = 16_000_000;

/** Docs advise starting block reads at 5k–20k rows; bigger blocks only delay progress reports. */
export const MAX_BLOCK_ROWS = 20_000;

/** A first guess of bytes per cell before anything has been measured: short text and numbers. */
export const FIRST_GUESS_BYTES_PER_CELL = 24;

/** Rows that fit the budget at the given width and bytes per cell (at least 1). */
export function rowsForBudget(columns: number, bytesPerCell: number, budget = PAYLOAD_BUDGET, maxRows = MAX_BLOCK_ROWS): number {
  const perRow = Math.max(1, columns) * Math.max(1, bytesPerCell);
  return Math.max(1, Math.min(maxRows, Math.floor(budget / perRow)));
}

/** Bytes a 2D array takes on the wire (its JSON text, the way Office serialises it). */
export function jsonBytes(values: unknown[][]): number {
  return JSON.stringify(values).length;
}

/** Measured bytes per cell of a block, with 25% headroom so the next block does not overshoot. */
export function measuredBytesPerCell(values: unknown[][], columns: number): number {
  const cells = Math.max(1, values.length * Math.max(1, columns));
  return Math.ceil((jsonBytes(values) / cells) * 1.25);
}

export function isPayloadLimitError(err: unknown): boolean {
  const code = err && typeof err === "object" ? (err as { code?: unknown }).code : undefined;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * End (exclusive) of the block starting at `start` whose JSON stays under the budget, measuring
 * each row; always at least one row. For writes, where every value is known up front.
 */
export function blockEnd(
  rows: readonly unknown[][],
  start: number,
  budget = PAYLOAD_BUDGET,
  maxRows = MAX_BLOCK_ROWS,
  /** bytes each row adds besides its values, e.g. its number formats */
  extraPerRow = 0,
): number {
  let bytes = 2;
  let i = start;
  while (i < rows.length && i - start < maxRows) {
    const b = JSON.stringify(rows[i]).length + 1 + extraPerRow;
    if (i > start && bytes + b > budget) break;
    bytes += b;
    i++;
  }
  return i;
}

/** All blocks of `rows` under the budget, as [start, end) pairs. */
export function blocksByBytes(rows: readonly unknown[][], budget = PAYLOAD_BUDGET, maxRows = MAX_BLOCK_ROWS): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  for (let start = 0; start < rows.length; ) {
    const end = blockEnd(rows, start, budget, maxRows);
    blocks.push([start, end]);
    start = end;
  }
  return blocks;
}
