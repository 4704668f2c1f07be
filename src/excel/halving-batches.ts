import { isPayloadFailure } from "./payload";
import { syncBatch } from "./yield";

/**
 * Queue `perSync` items per sync; a batch the host refuses for its size is queued again in halves, and the
 * smaller size is kept for the batches after it. `settled` sees each item with what `queue` gave for it, once
 * its sync went through. Returns the size it ended with, for a caller that makes another pass.
 */
export async function syncInHalvingBatches<T, R>(
  context: Excel.RequestContext,
  items: readonly T[],
  perSync: number,
  queue: (item: T) => R,
  settled?: (item: T, queued: R) => void,
): Promise<number> {
  let size = perSync;
  let i = 0;
  while (i < items.length) {
    const batch = items.slice(i, i + size);
    const queued = batch.map(queue);
    try {
      await syncBatch(context);
    } catch (err) {
      if (isPayloadFailure(err) && batch.length > 1) {
        size = Math.max(1, Math.floor(batch.length / 2));
        continue;
      }
      throw err;
    }
    i += batch.length;
    if (settled) batch.forEach((item, k) => settled(item, queued[k]));
  }
  return size;
}
