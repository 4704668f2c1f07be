/**
 * Stubs jsdom lacks: what Fluent UI v9 expects (matchMedia for motion preferences, ResizeObserver for
 * overflow and positioning) and TextDecoder for the file reader. Loaded for every test file but does nothing under the node environment.
 */
if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
    (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  }
  // jsdom has no TextDecoder; the file reader decodes CSV with it (GBK included, via Node's ICU)
  if (typeof globalThis.TextDecoder === "undefined") {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const util = require("util") as typeof import("util");
    Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}
