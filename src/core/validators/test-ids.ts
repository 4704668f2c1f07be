import { residentIdCheckChar } from "./resident-id";

/**
 * Synthetic resident ID numbers for tests: a real county code, a chosen birth date and sequence,
 * and a computed check character. Never use a real person's number in a fixture.
 */
export function makeResidentId(opts: { region?: string; birthDate?: string; sex?: "男" | "女"; seq?: number } = {}): string {
  const region = opts.region ?? "110105";
  const birthDate = opts.birthDate ?? "20150304";
  let seq = opts.seq ?? 12;
  // the third sequence digit carries sex: odd = 男, even = 女
  if (opts.sex === "男" && seq % 2 === 0) seq += 1;
  if (opts.sex === "女" && seq % 2 === 1) seq += 1;
  const first17 = region + birthDate + String(seq % 1000).padStart(3, "0");
  return first17 + residentIdCheckChar(first17);
}
