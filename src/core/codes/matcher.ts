import type { CodeEntry, CodeList, CodeMatch } from "../model/code-list";

/**
 * O(1) matching of a cell value against a code list: one Map per list, built once, holding every accepted
 * spelling (name, alias, code) already in the shape the cell normaliser hands us (trimmed, half-width).
 * "code-name" inputs ("01-汉族") are split by one precompiled pattern and both halves must agree.
 */

type Hit = CodeMatch;

const CODE_NAME = /^([0-9A-Za-z]{1,3})\s*[-－—–_:：.、\s]\s*(\S.*)$/;

/** Full-width ASCII and the ideographic space to half-width, as the cell normaliser does. */
function halfWidth(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += s[i];
  }
  return out;
}

export class ListMatcher {
  private readonly byText = new Map<string, Hit>();
  private readonly byCode = new Map<string, CodeEntry>();

  constructor(readonly list: CodeList) {
    // precedence: names, then aliases, then codes; an earlier spelling is never overwritten
    for (const e of list.entries) this.add(e.name, e, "name");
    for (const e of list.entries) {
      for (const a of e.aliases ?? []) this.add(a, e, "alias");
      // 其它 is the old spelling of 其他 in every list that has it
      if (e.name.includes("其他")) this.add(e.name.replace(/其他/g, "其它"), e, "alias");
    }
    for (const e of list.entries) {
      if (!e.code) continue;
      this.byCode.set(e.code, e);
      this.add(e.code, e, "code");
    }
  }

  private add(text: string, entry: CodeEntry, via: Hit["via"]): void {
    this.put(text, entry, via);
    // the cell normaliser turns （） into (): that form is found too, and rewritten to the name (so the
    // cleaned value is the template's spelling; a cell that already had it shows no net change)
    const half = halfWidth(text);
    const other: Hit["via"] = via === "name" ? "alias" : via;
    if (half !== text) this.put(half, entry, other);
    const upper = half.toUpperCase();
    if (upper !== half) this.put(upper, entry, other);
  }

  private put(text: string, entry: CodeEntry, via: Hit["via"]): void {
    if (!this.byText.has(text)) this.byText.set(text, { entry, via });
  }

  match(input: string): CodeMatch | null {
    const hit = this.byText.get(input);
    if (hit) return hit;
    const upper = input.toUpperCase();
    if (upper !== input) {
      const h = this.byText.get(upper);
      if (h) return h.via === "name" ? { entry: h.entry, via: "alias" } : h;
    }
    return this.matchCodeName(input);
  }

  private matchCodeName(input: string): CodeMatch | null {
    const m = CODE_NAME.exec(input);
    if (!m) return null;
    const byCode = this.byCode.get(m[1].toUpperCase()) ?? this.byCode.get(m[1]);
    if (!byCode) return null;
    const byName = this.byText.get(m[2]) ?? this.byText.get(m[2].toUpperCase());
    if (!byName || byName.entry !== byCode) return null;
    return { entry: byCode, via: "code-name" };
  }
}
