import * as XLSX from "@e965/xlsx";
import { readError } from "./test-read-error";
import { makeResidentId } from "../core/validators/test-ids";
import { MAX_FILE_BYTES, readWorkbook } from "./read-workbook";

const ID_X = makeResidentId({ region: "110105", birthDate: "20150304", seq: 2 }).slice(0, 17) + "X";

function xlsxBytes(sheets: Record<string, XLSX.WorkSheet>, bookType: XLSX.BookType = "xlsx"): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, ws, name);
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType }) as ArrayBuffer);
}

/** A GBK byte string for two characters we need (张 = D5C5, 三 = C8FD), so no encoder is needed. */
const GBK_ZHANG_SAN = [0xd5, 0xc5, 0xc8, 0xfd];

describe("readWorkbook: xlsx and xls", () => {
  const ws = XLSX.utils.aoa_to_sheet([
    ["姓名", "身份证件号", "出生日期", "是否独生子女"],
    ["KD_F02", "KD_F13", "KD_F04", "KD_F25"],
    ["张小明", 110105201503041234, 42248, true],
    ["李小红", ID_X, "20150304", false],
  ]);
  ws["!rows"] = [{}, { hidden: true }];
  // a formula cell keeps its cached value
  ws["E3"] = { t: "n", v: 3, f: "1+2" };
  ws["!ref"] = "A1:E4";

  it.each(["xlsx", "biff8"] as const)("keeps numbers, text, booleans and the hidden code row (%s)", (bookType) => {
    const name = bookType === "xlsx" ? "学生.xlsx" : "学生.xls";
    const [table] = readWorkbook(xlsxBytes({ 学生信息: ws }, bookType), name);
    expect(table.sheet).toBe("学生信息");
    expect(table.source).toBe(name);
    expect(table.rows[1]).toEqual(["KD_F02", "KD_F13", "KD_F04", "KD_F25"]);
    expect(typeof table.rows[2][1]).toBe("number");
    expect(table.rows[2][2]).toBe(42248);
    expect(table.rows[2][3]).toBe(true);
    expect(table.rows[2][4]).toBe(3);
    expect(table.rows[3][1]).toBe(ID_X);
    expect(table.rows[3][2]).toBe("20150304");
  });

  it("reads every sheet and drops trailing blank rows", () => {
    const tables = readWorkbook(
      xlsxBytes({ 甲: XLSX.utils.aoa_to_sheet([["a"], [null], [""]]), 乙: XLSX.utils.aoa_to_sheet([]) }),
      "x.xlsx",
    );
    expect(tables.map((t) => t.sheet)).toEqual(["甲", "乙"]);
    expect(tables[0].rows).toEqual([["a"]]);
    expect(tables[1].rows).toEqual([]);
  });

  it("turns error cells into their Excel text", () => {
    const sheet = XLSX.utils.aoa_to_sheet([["x"]]);
    sheet["A2"] = { t: "e", v: 0x2a };
    sheet["!ref"] = "A1:A2";
    expect(readWorkbook(xlsxBytes({ S: sheet }), "e.xlsx")[0].rows[1]).toEqual(["#N/A"]);
  });
});

describe("readWorkbook: CSV", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("keeps every value as text: leading zeros, X check characters, long digit strings", () => {
    const [t] = readWorkbook(utf8(`姓名,身份证件号,联系电话\n张小明,${ID_X},0571123456\n李,110105201503041234,1\n`), "名单.csv");
    expect(t.sheet).toBe("名单");
    expect(t.rows).toEqual([
      ["姓名", "身份证件号", "联系电话"],
      ["张小明", ID_X, "0571123456"],
      ["李", "110105201503041234", "1"],
    ]);
  });

  it("accepts a UTF-8 BOM and strips it from the first header", () => {
    const [t] = readWorkbook(utf8(`\ufeff姓名,性别\n张小明,男`), "a.csv");
    expect(t.rows[0]).toEqual(["姓名", "性别"]);
  });

  it("decodes GBK (Excel's default CSV on Chinese Windows)", () => {
    const bytes = new Uint8Array([...utf8("a,b\n"), ...GBK_ZHANG_SAN, 0x2c, 0x31]);
    expect(readWorkbook(bytes, "gbk.csv")[0].rows).toEqual([["a", "b"], ["张三", "1"]]);
  });

  it("reads tab-separated text and quoted fields with commas and quotes", () => {
    expect(readWorkbook(utf8('姓名\t地址\n张小明\t"甲,乙 ""丙"""'), "t.txt")[0].rows).toEqual([
      ["姓名", "地址"],
      ["张小明", '甲,乙 "丙"'],
    ]);
  });

  it("is not fooled by text that looks like another format", () => {
    expect(readWorkbook(utf8("ID,姓名\n1,张小明"), "id.csv")[0].rows).toEqual([["ID", "姓名"], ["1", "张小明"]]);
    expect(readWorkbook(utf8("PK,x\n1,2"), "pk.csv")[0].rows).toEqual([["PK", "x"], ["1", "2"]]);
  });

  it("reads a __proto__ header as a plain value and pollutes nothing", () => {
    const [t] = readWorkbook(utf8("__proto__,constructor,polluted\nyes,prototype,1"), "evil.csv");
    expect(t.rows[0]).toEqual(["__proto__", "constructor", "polluted"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "yes")).toBe(false);
  });

  it("answers a huge single line quickly: wider than Excel's 16,384 columns, it is refused with the limit", () => {
    const line = "a,".repeat(500_000) + "b";
    const started = Date.now();
    expect(readError(() => readWorkbook(utf8(line), "long.csv")).message).toMatch(/列数超过 16,384 列/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("readWorkbook: files it refuses", () => {
  it("rejects an empty file", () => {
    expect(readError(() => readWorkbook(new Uint8Array(0), "a.xlsx")).kind).toBe("empty");
    expect(readError(() => readWorkbook(new TextEncoder().encode("\ufeff \n"), "a.csv")).kind).toBe("empty");
  });

  it.each(["a.et", "a.numbers", "a.ods", "a.docx", "noext"])("rejects %s and says to save as .xlsx", (name) => {
    const e = readError(() => readWorkbook(new Uint8Array([1, 2, 3]), name));
    expect(e.kind).toBe("unsupported");
    expect(e.message).toContain("另存为 .xlsx");
  });

  it("rejects a truncated xlsx as corrupt", () => {
    const whole = xlsxBytes({ S: XLSX.utils.aoa_to_sheet([["姓名"], ["张小明"]]) });
    const e = readError(() => readWorkbook(whole.slice(0, Math.floor(whole.length / 2)), "cut.xlsx"));
    expect(e.kind).toBe("corrupt");
    expect(e.message).toContain("已损坏或不完整");
  });

  it("rejects random bytes as corrupt", () => {
    let seed = 7;
    const bytes = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) & 0xff));
    bytes[100] = 0;
    expect(readError(() => readWorkbook(bytes, "random.xlsx")).kind).toBe("corrupt");
  });

  it("rejects an OLE file that is neither xls nor encrypted xlsx as corrupt", () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "/Nothing", new Uint8Array([1, 2, 3]));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as number[]);
    expect(readError(() => readWorkbook(bytes, "odd.xls")).kind).toBe("corrupt");
  });

  it("says a password-protected workbook must be unlocked first", () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    const xml =
      '<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">' +
      '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" ' +
      'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>';
    const info = new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...new TextEncoder().encode(xml)]);
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", info);
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", new Uint8Array(64).fill(7));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as number[]);
    const e = readError(() => readWorkbook(bytes, "locked.xlsx"));
    expect(e.kind).toBe("encrypted");
    expect(e.message).toContain("密码");
  });

  it("rejects a file over the size cap before parsing it", () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(readError(() => readWorkbook(big, "big.csv")).kind).toBe("too-large");
  });

  it("rejects a zip whose directory announces an absurd unpacked size", () => {
    const whole = xlsxBytes({ S: XLSX.utils.aoa_to_sheet([["姓名"]]) });
    const bomb = whole.slice();
    // find the first central directory header and claim a 3.9 GB entry
    for (let i = 0; i < bomb.length - 4; i++) {
      if (bomb[i] === 0x50 && bomb[i + 1] === 0x4b && bomb[i + 2] === 0x01 && bomb[i + 3] === 0x02) {
        bomb.set([0x00, 0x00, 0x00, 0xf0], i + 24);
        break;
      }
    }
    expect(readError(() => readWorkbook(bomb, "bomb.xlsx")).kind).toBe("too-large");
  });
});

describe("readWorkbook over a file read as needed (the command line's open file)", () => {
  const asFile = (bytes: Uint8Array) => ({ length: bytes.length, read: (from: number, to: number) => bytes.slice(from, to) });
  const enc = new TextEncoder();
  const withNul = enc.encode("姓名,性别\n" + "张三,男\n".repeat(20));
  withNul[60] = 0;
  const files: [string, Uint8Array][] = [
    ["学生.xlsx", xlsxBytes({ 学生: XLSX.utils.aoa_to_sheet([["姓名", "身份证件号"], ["张三", ID_X]]) })],
    ["学生.xls", xlsxBytes({ 学生: XLSX.utils.aoa_to_sheet([["姓名"], ["张三"]]) }, "biff8")],
    ["学生.csv", enc.encode("姓名,性别\n张三,男\n")],
    // a NUL past the first 8 bytes: refused as from memory
    ["学生.csv", withNul],
    ["学生.xlsx", enc.encode("PK\u0003\u0004 cut short")],
  ];

  it.each(files)("%s: the same tables or the same refusal as from its bytes", (name, bytes) => {
    const outcome = (source: Parameters<typeof readWorkbook>[0]) => {
      try {
        return readWorkbook(source, name);
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(outcome(asFile(bytes))).toEqual(outcome(bytes));
  });
});
