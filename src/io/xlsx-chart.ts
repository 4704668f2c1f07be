import JSZip from "jszip";
import {
  chartXml,
  CT_CHART,
  CT_DRAWING,
  drawingXml,
  REL_CHART,
  REL_DRAWING,
  relsXml,
  type ChartSpec,
} from "./xlsx-chart-xml";
import { escapeXml } from "./xml-escape";

export type { ChartSeries, ChartSpec } from "./xlsx-chart-xml";

/**
 * Add a column chart to one sheet of an xlsx that ExcelJS wrote: the chart and drawing parts, the
 * drawing's relationship to the chart, the sheet's relationship to the drawing, its <drawing> element
 * and the content-type overrides. Part names are chosen so nothing already in the package is replaced;
 * the sheet must not have a drawing yet (ExcelJS writes one only for images).
 */
export async function injectColumnChart(xlsx: Uint8Array, spec: ChartSpec): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = await sheetPartOf(zip, spec.sheetName);
  const sheetXml = await readText(zip, sheetPath);
  // a sheet has at most one drawing part; a second chart on it would belong in that part
  if (/<drawing\b/.test(sheetXml)) throw new Error(`sheet ${spec.sheetName} already has a drawing`);
  const n = freeIndex(zip);
  const chartPath = `xl/charts/chart${n}.xml`;
  const drawingPath = `xl/drawings/drawing${n}.xml`;

  zip.file(chartPath, chartXml(spec));
  zip.file(drawingPath, drawingXml(spec));
  zip.file(`xl/drawings/_rels/drawing${n}.xml.rels`, relsXml([{ id: "rId1", type: REL_CHART, target: `../charts/chart${n}.xml` }]));

  const sheetDir = sheetPath.slice(0, sheetPath.lastIndexOf("/"));
  const sheetFile = sheetPath.slice(sheetPath.lastIndexOf("/") + 1);
  const sheetRelsPath = `${sheetDir}/_rels/${sheetFile}.rels`;
  const relId = await addRelationship(zip, sheetRelsPath, REL_DRAWING, `../drawings/drawing${n}.xml`);

  zip.file(sheetPath, withDrawing(sheetXml, relId));

  const types = await readText(zip, "[Content_Types].xml");
  const overrides =
    `<Override PartName="/${chartPath}" ContentType="${CT_CHART}"/>` + `<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>`;
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides}</Types>`));

  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`xlsx part missing: ${path}`);
  return f.async("string");
}

/** The worksheet part of a sheet, found by name through workbook.xml and its relationships. */
async function sheetPartOf(zip: JSZip, name: string): Promise<string> {
  const workbook = await readText(zip, "xl/workbook.xml");
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => attr(tag, "name") === escapeXml(name));
  if (!sheet) throw new Error(`no sheet named ${name}`);
  const rid = attr(sheet, "r:id");
  const rels = await readText(zip, "xl/_rels/workbook.xml.rels");
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => attr(tag, "Id") === rid);
  const target = rel ? attr(rel, "Target") : null;
  if (!target) throw new Error(`no part for sheet ${name}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function attr(tag: string, name: string): string | null {
  const m = tag.match(new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`));
  return m ? m[1] : null;
}

/** The first n for which neither chartN nor drawingN exists. */
function freeIndex(zip: JSZip): number {
  let n = 1;
  while (zip.file(`xl/charts/chart${n}.xml`) || zip.file(`xl/drawings/drawing${n}.xml`)) n++;
  return n;
}

/** Add a relationship to a .rels part (creating it), returning its new id. */
async function addRelationship(zip: JSZip, path: string, type: string, target: string): Promise<string> {
  const existing = zip.file(path) ? await readText(zip, path) : null;
  const ids = existing ? [...existing.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]) : [];
  let k = ids.length + 1;
  while (ids.includes(`rId${k}`)) k++;
  const id = `rId${k}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  zip.file(path, existing ? existing.replace("</Relationships>", `${rel}</Relationships>`) : relsXml([{ id, type, target }]));
  return id;
}

/**
 * Insert <drawing r:id=…/> where the worksheet schema wants it: after the page setup elements and
 * before legacy drawings, table parts and extensions (ECMA-376 CT_Worksheet element order).
 */
const AFTER_DRAWING = ["<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

export function withDrawing(sheetXml: string, relId: string): string {
  let xml = sheetXml;
  const root = xml.match(/<worksheet\b[^>]*>/);
  if (root && !root[0].includes("xmlns:r=")) {
    xml = xml.replace(root[0], root[0].replace(/>$/, ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`));
  }
  const at = Math.min(...AFTER_DRAWING.map((t) => xml.indexOf(t)).filter((i) => i >= 0));
  return `${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`;
}
