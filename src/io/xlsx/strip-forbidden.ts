/**
 * The last step of the upload copy of an .xlsx whose source holds characters XML 1.0 forbids (control
 * characters some exports write into cells or sheet names): Excel refuses to open such a file, so every
 * XML part holding them is written again without them, and the caller says how many went.
 */
import { hasXmlForbidden, stripXmlForbidden } from "../xml-escape";
import { inflateEntry, type InflateBudget } from "../zip/inflate";
import { writeZip, type ZipOut } from "../zip/write-zip";
import { openZip } from "../zip/zip-archive";
import { MAX_INFLATED_BYTES } from "./xlsx-limits";

const XML_PART = /\.(xml|rels|vml)$/i;

export function stripForbiddenXlsx(bytes: Uint8Array): { bytes: Uint8Array; removed: number } {
  const zip = openZip(bytes);
  const budget: InflateBudget = { remaining: MAX_INFLATED_BYTES };
  const utf8 = new TextDecoder("utf-8");
  const enc = new TextEncoder();
  let removed = 0;
  const out: ZipOut[] = zip.entries.map((entry) => {
    if (!XML_PART.test(entry.name)) return { name: entry.name, copy: entry };
    const text = utf8.decode(inflateEntry(entry, budget));
    if (!hasXmlForbidden(text)) return { name: entry.name, copy: entry };
    const stripped = stripXmlForbidden(text);
    removed += stripped.removed;
    return { name: entry.name, data: enc.encode(stripped.xml) };
  });
  return removed === 0 ? { bytes, removed } : { bytes: writeZip(out), removed };
}
