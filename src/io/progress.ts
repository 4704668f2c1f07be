/**
 * How far a reader or writer has got, as a fraction the door turns into words (the CLI's bar, the page's
 * 「正在读取…」). The io layer says nothing in Chinese about progress: it has no idea which door asked.
 */
export type OnWorkProgress = (done: number, total: number) => void;

/**
 * Reports at most `steps` times however many small pieces the work has (a 40 MB sheet inflates in
 * ~600 pieces; the page need not hear of each), always including the first and the last.
 */
export function stepped(onProgress: OnWorkProgress | undefined, total: number, steps = 100): (done: number) => void {
  if (!onProgress) return () => undefined;
  if (total <= 0) {
    // nothing to do is done at once
    let told = false;
    return () => {
      if (!told) onProgress(1, 1);
      told = true;
    };
  }
  const size = total;
  let shown = -1;
  return (done) => {
    const at = Math.min(size, Math.max(0, done));
    const step = Math.floor((at / size) * steps);
    if (step === shown) return;
    shown = step;
    onProgress(at, size);
  };
}
