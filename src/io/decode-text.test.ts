import { decodeText, utf16WithoutBom } from "./decode-text";

const enc = new TextEncoder();
const text = "姓名,身份证件号\r\n张三,110101201501011234\r\n李四,110101201502021234\r\n".repeat(3);

function utf16(s: string, be: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i + (be ? 1 : 0)] = s.charCodeAt(i) & 0xff;
    out[2 * i + (be ? 0 : 1)] = s.charCodeAt(i) >> 8;
  }
  return out;
}

describe("decodeText", () => {
  it("keeps UTF-8 with one damaged byte as UTF-8, counting the damage", () => {
    const b = enc.encode(text);
    b[enc.encode(text.slice(0, text.lastIndexOf("张"))).length] = 0xff;
    const d = decodeText(b);
    expect(d.encoding).toBe("utf-8");
    expect(d.undecodable).toBeGreaterThan(0);
    expect(d.text).toContain("李四");
  });

  it("keeps UTF-8 cut inside its last character as UTF-8", () => {
    const b = enc.encode(text + "王五");
    const d = decodeText(b.subarray(0, b.length - 1));
    expect(d).toMatchObject({ encoding: "utf-8", byBom: false, undecodable: 1 });
    expect(d.text.endsWith("王\uFFFD")).toBe(true);
  });

  it("reads UTF-16 without a byte-order mark, either way round", () => {
    expect(decodeText(utf16(text, false))).toMatchObject({ encoding: "utf-16le", byBom: false, undecodable: 0, text });
    expect(decodeText(utf16(text, true))).toMatchObject({ encoding: "utf-16be", text });
  });

  it("does not take binary data with a few zero bytes for UTF-16", () => {
    const b = Uint8Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 251 || 1);
    b[100] = 0;
    expect(utf16WithoutBom(b)).toBeNull();
  });

  it("says a BOM decided the encoding", () => {
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...enc.encode("姓名")))).toMatchObject({ encoding: "utf-8", byBom: true, text: "姓名" });
  });
});
