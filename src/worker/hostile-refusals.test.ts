/**
 * Issue 13: the browser page's worker serves the same readers as the command line, so it must refuse the
 * same hostile files with the same Chinese reasons — also with its native inflater working ahead — and read
 * the odd-but-readable ones (damaged UTF-8, UTF-16 without BOM, HTML named .xls) the same way.
 */
import { hostileCorpus } from "../samples/hostile/hostile-corpus";
import type { SessionMessage } from "./session-protocol";
import { answerSession, SessionStore } from "./session-store";

const REFUSED = [
  "deflate-garbled.xlsx",
  "cut-in-half.xlsx",
  "flipped-bytes.xlsx",
  "sheet-xml-cut-between-rows.xlsx",
  "sheet-xml-cut-before-data.xlsx",
  "size-says-less.xlsx",
  "directory-count-too-high.xlsx",
  "row-1048577.xlsx",
  "xfd-in-every-row.xlsx",
  "eighty-sheets-to-row-1048576.xlsx",
  "one-entry-two-hundred-sheets.xlsx",
];
const READ = ["one-bad-byte-utf8.csv", "utf16le-no-bom.csv", "html-table.xls", "excel95-biff5.xls", "date-1904.xls"];
const corpus = hostileCorpus();

async function open(file: string): Promise<SessionMessage> {
  const c = corpus.find((x) => x.file === file)!;
  const posted: SessionMessage[] = [];
  await answerSession(new SessionStore(), { type: "session/open", seq: 1, file: 1, fileName: c.file, bytes: c.bytes() }, (m) => void posted.push(m));
  // progress comes first; the answer is the last message
  return posted[posted.length - 1];
}

describe("the browser worker and hostile files", () => {
  it.each(REFUSED)("refuses %s with the reader's Chinese reason", async (file) => {
    const c = corpus.find((x) => x.file === file)!;
    if (!("refused" in c.expect)) throw new Error(`${file} is not a refused case`);
    const answer = await open(file);
    expect(answer).toMatchObject({ type: "session/error", name: "ReadError", message: expect.stringMatching(c.expect.refused) });
    expect((answer as { message: string }).message).toContain(`「${file}」`);
  });

  it.each(READ)("reads %s", async (file) => {
    expect(await open(file)).toMatchObject({ type: "session/opened", sheets: 1 });
  });

  it("says which encoding it assumed for a text file, and that bytes could not be decoded", async () => {
    expect(await open("one-bad-byte-utf8.csv")).toMatchObject({ note: expect.stringMatching(/没有编码标记，按 UTF-8 读取.*无法解码/) });
    expect(await open("utf16le-no-bom.csv")).toMatchObject({ note: "文字编码：文件没有编码标记，按 UTF-16（小端） 读取。" });
    expect(await open("excel95-biff5.xls")).not.toHaveProperty("note", expect.anything());
  });
});
