/**
 * Reports that leave the bureau show ID numbers masked in the middle: 110105********002X. Every string
 * written is passed through here — cells, messages, JSON, console — so an ID cannot slip out inside a
 * message or a file name. 18-character IDs (and register numbers G/J/L + ID) keep the first 6 and the
 * last 4; old 15-digit IDs keep 6 and 3.
 */
const ID18 = /(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9Xx])/g;
const ID15 = /(?<![0-9])([0-9]{6})[0-9]{6}([0-9]{3})(?![0-9Xx])/g;

export function maskIds(text: string): string {
  if (text.length < 15) return text;
  return text.replace(ID18, "$1********$2").replace(ID15, "$1******$2");
}

/** A copy of any JSON-like value with every string masked. */
export function maskDeep<T>(value: T): T {
  if (typeof value === "string") return maskIds(value) as T;
  if (Array.isArray(value)) return value.map(maskDeep) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v);
    return out as T;
  }
  return value;
}
