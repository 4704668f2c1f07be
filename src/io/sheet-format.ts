/** Columns wide enough for their header and first values; CJK characters count double. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return w;
}
