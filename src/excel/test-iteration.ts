/**
 * Test helper: run `work` while counting every step of every array iterator (for…of, spread,
 * Array.from over arrays), failing as soon as the count passes `budget`. A step count bounds the
 * work done without timing it, and a quadratic regrouping fails at once instead of running for minutes.
 */
export function withArrayIterationBudget<T>(budget: number, work: () => T): { value: T; steps: number } {
  const proto = Object.getPrototypeOf([][Symbol.iterator]()) as { next: (this: Iterator<unknown>) => IteratorResult<unknown> };
  const original = proto.next;
  let steps = 0;
  proto.next = function next(this: Iterator<unknown>) {
    if (++steps > budget) throw new Error(`more than ${budget} array iteration steps`);
    return original.call(this);
  };
  try {
    return { value: work(), steps };
  } finally {
    proto.next = original;
  }
}
