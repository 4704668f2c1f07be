import { ownString, ownText } from "./xml-text";

describe("ownString", () => {
  it("gives back exactly the same text, long or short, lone surrogates and controls included", () => {
    const piece = "学籍号G110101201001011234\ud800 tab\t\u0001\"q\"\\".repeat(3);
    for (const s of ["", "短", piece, piece.slice(5, 40), "\udfff".repeat(20), "a".repeat(100_000)]) expect(ownString(s)).toBe(s);
    expect(ownText(null)).toBeNull();
    expect(ownText(piece)).toBe(piece);
  });
});
