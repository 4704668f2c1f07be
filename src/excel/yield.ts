/**
 * Every Office batch goes through here: sync, then hand the pane's thread back before the next
 * batch is built. A step's own JavaScript between syncs (building the next block, measuring its
 * bytes) would otherwise run back to back; the pane could not repaint or take a click, and Office
 * restarts an add-in that stays busy for ~5 s.
 */
export function yieldToPane(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function syncBatch(context: Pick<Excel.RequestContext, "sync">): Promise<void> {
  try {
    await context.sync();
  } finally {
    // a refused batch is retried smaller: that retry is a new batch too
    await yieldToPane();
  }
}
