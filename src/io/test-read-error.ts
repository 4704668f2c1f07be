import { ReadError } from "./read-error";

/** The ReadError a reader throws (tests): any other error is rethrown, no error at all fails the test. */
export function readError(fn: () => unknown): ReadError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error("expected a ReadError");
}
