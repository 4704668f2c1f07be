/**
 * Applying one fill to many scattered cells in bulk. With ExcelApi 1.9 each packed address list
 * becomes one RangeAreas (worksheet.getRanges), several per sync; without it, one range per run,
 * a bounded number per sync. Never one call per cell (25,000 per-cell fills took 31 s: office-js #12).
 */
import { syncInHalvingBatches } from "./halving-batches";
import type { ApiSupport } from "./requirements";

/** getRanges calls per sync: ~50,000 address characters, far below the payload cap. */
export const AREAS_PER_SYNC = 25;
/** single-run ranges per sync when RangeAreas are missing: bounds the proxies Excel must track */
export const RUNS_PER_SYNC = 500;

export async function paintAddresses(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  packed: readonly string[],
  paint: (fill: Excel.RangeFill) => void,
  support: Pick<ApiSupport, "rangeAreas">,
): Promise<void> {
  if (support.rangeAreas) {
    // a refused batch is painted again in halves: a fill set twice is the same fill
    await syncInHalvingBatches(context, packed, AREAS_PER_SYNC, (addresses) => paint(worksheet.getRanges(addresses).format.fill));
    return;
  }
  const single = packed.flatMap((p) => p.split(","));
  await syncInHalvingBatches(context, single, RUNS_PER_SYNC, (address) => paint(worksheet.getRange(address).format.fill));
}
