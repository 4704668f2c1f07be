import { auditMessages } from "../audit/messages";
import { compareWords } from "../compare/messages";
import { missingPhotoText, PHOTO_SOURCE } from "../photos/messages";
import { shippedProfiles } from "../profiles";
import { catalogue as fieldCatalogue } from "../templates/catalogue";
import { templates } from "../templates";
import { isDocumentCitation } from "./documents";
import { catalogue } from "./index";

/** Codes that enforce no rule (the checker's own failure) and so cite nothing. */
const CITES_NOTHING = new Set(["engine/internal-error"]);

describe("every 依据 a user reads names a document", () => {
  it("tells a document name from a seed number or a file of ours", () => {
    expect(isDocumentCitation("《农安县义务教育学校学籍管理办法（试行）》第六条")).toBe(true);
    expect(isDocumentCitation("GB 11643-1999《公民身份号码》")).toBe(true);
    expect(isDocumentCitation("《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）；GB/T 2260《中华人民共和国行政区划代码》")).toBe(true);
    for (const bad of ["001 第六条", "000 阜南 第九条", "TEMPLATES.md §5.3", "RULES.md §1", "《农安县…》第六条；003 (三) 3", "全国中小学生学籍信息管理系统 毕业生名单", ""]) {
      expect([bad, isDocumentCitation(bad)]).toEqual([bad, false]);
    }
  });

  const issueCodes = [...Object.entries(catalogue), ...Object.entries(auditMessages)].filter(([code]) => !CITES_NOTHING.has(code));
  it.each(issueCodes)("message %s", (_code, entry) => {
    expect(isDocumentCitation(entry.source)).toBe(true);
  });

  it("the checker's own failure cites nothing rather than something false", () => {
    for (const code of CITES_NOTHING) expect(catalogue[code].source).toBe("");
  });

  it.each([...templates, fieldCatalogue].map((t) => [t.id, t.source] as const))("template %s", (_id, source) => {
    expect(isDocumentCitation(source)).toBe(true);
  });

  it.each(shippedProfiles.map((p) => [p.id, p] as const))("profile %s: its sources, citations and numbering scheme", (_id, p) => {
    const refs = [...p.sources, ...Object.values(p.citations), ...(p.numbering.scheme === "pattern" && p.numbering.source ? [p.numbering.source] : [])];
    expect(refs.length).toBeGreaterThan(1);
    expect(refs.map((r) => r.ref).filter((ref) => !isDocumentCitation(ref))).toEqual([]);
  });

  it.each(Object.entries(compareWords).filter(([, w]) => w.source !== ""))("roster comparison: %s", (_key, words) => {
    expect(isDocumentCitation(words.source)).toBe(true);
  });

  it("photo check", () => {
    for (const source of [PHOTO_SOURCE, missingPhotoText(true).source, missingPhotoText(false).source]) expect([source, isDocumentCitation(source)]).toEqual([source, true]);
  });
});
