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

/**
 * UTF-8 bytes of a string, counted without encoding it. The 5 MB cap is in bytes, and a Chinese
 * character is 3 of them: a string's length (UTF-16 units) under-counts a Chinese sheet threefold.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes a value takes on the wire: the UTF-8 bytes of its JSON text, the way Office serialises it. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** Measured bytes per cell of a block, with 25% headroom so the next block does not overshoot. */
export function measuredBytesPerCell(values: unknown[][], columns: number): number {
  const cells = Math.max(1, values.length * Math.max(1, columns));
  return Math.ceil((jsonBytes(values) / cells) * 1.25);
}

/**
 * A failure that a smaller batch may not meet. Besides the two payload codes, Excel on the web answers
 * an oversized batch with HTTP 500, which reaches us as GeneralException ("An internal error has
 * occurred", office-js #1314, #1012, office-js-docs #1247). Halving and retrying is safe: our batches
 * write the same values to the same cells again, or only read.
 */
export function isPayloadFailure(err: unknown): boolean {
  const code = err && typeof err === "object" ? (err as { code?: unknown }).code : undefined;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" || code === "GeneralException";
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
    const b = jsonBytes(rows[i]) + 1 + extraPerRow;
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
