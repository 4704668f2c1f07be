import { stepped } from "./progress";

describe("stepped progress", () => {
  it("reports a fraction at most once per step, from the first piece to the last", () => {
    const seen: [number, number][] = [];
    const report = stepped((d, t) => seen.push([d, t]), 1000, 10);
    for (let done = 0; done <= 1000; done += 7) report(done);
    report(1000);
    expect(seen[0]).toEqual([0, 1000]);
    expect(seen[seen.length - 1]).toEqual([1000, 1000]);
    expect(seen.length).toBe(11);
    expect(seen.every(([d], i) => i === 0 || d > seen[i - 1][0])).toBe(true);
  });

  it("never goes past the total when pieces add up to more than was declared", () => {
    const seen: number[] = [];
    const report = stepped((d) => seen.push(d), 100, 4);
    report(50);
    report(250);
    expect(seen).toEqual([50, 100]);
  });

  it("says done at once when there is nothing to do", () => {
    const seen: [number, number][] = [];
    const report = stepped((d, t) => seen.push([d, t]), 0);
    report(0);
    report(0);
    expect(seen).toEqual([[1, 1]]);
  });

  it("costs nothing without a listener", () => {
    expect(() => stepped(undefined, 10)(5)).not.toThrow();
  });
});
