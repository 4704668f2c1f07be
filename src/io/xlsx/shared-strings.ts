/**
 * The shared-string table read piece by piece as it inflates, split the way SheetJS splits it (so every
 * index lands on the same string): its XML is never one string, and its count and each string's length
 * are bounded before they are kept.
 */
import { inflateEntryChunks, type InflateBudget } from "../zip/inflate";
import type { ZipEntry } from "../zip/zip-archive";
import { limitError, MAX_ELEMENT_CHARS, MAX_SHARED_STRINGS } from "./xlsx-limits";
import { hasXmlForbidden } from "../xml-escape";
import { decodeInSteps, ownText, richText } from "./xml-text";

const SST_OPEN = /<(?:\w+:)?sst\b[^<>]*>/;
const SI_OPEN = /<(?:\w+:)?(?:si|sstItem)>/g;
/** the end of one item, or of the table */
const CLOSE = /<\/(?:\w+:)?(si|sstItem|sst)>/g;

/** The strings, and whether their XML holds characters XML 1.0 forbids (the upload copy must drop them). */
export function readSharedStrings(entry: ZipEntry, budget: InflateBudget, fileName: string): { strings: (string | null)[]; xmlForbidden: boolean } {
  const items: (string | null)[] = [];
  let xmlForbidden = false;
  let started = false;
  let done = false;
  let rest = "";
  let pending: string[] = [];
  let pendingLength = 0;
  const keep = (raw: string) => {
    if (items.length >= MAX_SHARED_STRINGS) throw limitError(fileName, "的共享字符串过多");
    if (raw.length > MAX_ELEMENT_CHARS) throw limitError(fileName, "中有一个单元格的内容过长");
    items.push(ownText(richText(raw.replace(SI_OPEN, "").trim())));
  };
  const scan = (final: boolean) => {
    let text = rest + pending.join("");
    pending = [];
    pendingLength = 0;
    if (!started) {
      const open = SST_OPEN.exec(text);
      if (!open) {
        rest = final ? "" : text.slice(Math.max(0, text.lastIndexOf("<")));
        return;
      }
      started = true;
      text = text.slice(open.index + open[0].length);
    }
    let pos = 0;
    CLOSE.lastIndex = 0;
    for (let m = CLOSE.exec(text); m; m = CLOSE.exec(text)) {
      keep(text.slice(pos, m.index));
      pos = CLOSE.lastIndex;
      if (m[1] === "sst") {
        done = true;
        return;
      }
    }
    rest = text.slice(pos);
    // an item with no end yet, longer than any cell Excel writes: a bomb
    if (rest.length > MAX_ELEMENT_CHARS) throw limitError(fileName, "中有一个单元格的内容过长");
    // a table without its end tag: what is left is the last item, as SheetJS reads it
    if (final) keep(rest);
  };
  const utf8 = new TextDecoder("utf-8");
  inflateEntryChunks(entry, budget, (chunk) => decodeInSteps(utf8, chunk, (text) => {
    if (done) return;
    // a reference cut by the piece's end is missed: a rare miss of a rare case, the engine still cleans known fields
    if (!xmlForbidden && hasXmlForbidden(text)) xmlForbidden = true;
    pending.push(text);
    pendingLength += text.length;
    // an unfinished item is scanned again only once as much text has come since (one long item costs a few rescans)
    if (pendingLength >= rest.length) scan(false);
  }));
  if (!done) {
    pending.push(utf8.decode());
    scan(true);
  }
  return { strings: started ? items : [], xmlForbidden };
}
