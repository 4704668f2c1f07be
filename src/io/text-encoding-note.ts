import type { SheetTable } from "../core/model/table";

const NAMES: Record<string, string> = { "utf-8": "UTF-8", "utf-16le": "UTF-16（小端）", "utf-16be": "UTF-16（大端）", gb18030: "GBK（GB18030）" };

/**
 * What every door says about a text file's encoding: which one was assumed (a file without a byte-order
 * mark gives no certainty) and, when bytes could not be decoded, that the cells holding them are marked.
 */
export function textEncodingNote(table: SheetTable | undefined): string | null {
  const e = table?.textEncoding;
  if (!e) return null;
  const name = NAMES[e.name] ?? e.name;
  const how = e.byBom ? `按文件开头的编码标记，以 ${name} 读取` : `文件没有编码标记，按 ${name} 读取`;
  if (e.undecodable === 0) return `文字编码：${how}。`;
  return (
    `文字编码：${how}；有 ${e.undecodable} 处字节无法解码（显示为 �），所在的学籍字段单元格已标为错误。` +
    `若大部分文字是乱码，请在 Excel 或 WPS 中另存为 .xlsx 后再检查。`
  );
}
