import { shippedProfiles, type Profile } from "../core";
import type { CliIo } from "./io";

function caps(p: Profile): string {
  const c = p.classCaps;
  const parts = [`小学 ${c.primary}`, `初中 ${c.junior}`];
  if (c.senior) parts.push(`高中 ${c.senior}`);
  if (c.entryGrade) parts.push(`起始年级 ${c.entryGrade}`);
  if (c.smallClass) parts.push(`小班 ${c.smallClass}`);
  return parts.join(" / ");
}

function entryAge(p: Profile): string {
  const [m, d] = p.entryAge.cutoff.split("-").map(Number);
  return `${m}月${d}日前满 ${p.entryAge.minAge} 周岁`;
}

/** `xueji profiles`: what each shipped profile enforces and where its numbers come from. */
export function runProfiles(io: CliIo): number {
  const lines = ["内置地区配置（用 --profile 名称 选择） Shipped profiles:", ""];
  for (const p of shippedProfiles) {
    lines.push(`${p.id}  ${p.name}${p.region ? `（${p.region}）` : ""}`);
    lines.push(`  学制 ${p.schoolSystem}；班额上限 ${caps(p)}；大班额 ≥${p.bands.large}，超大班额 ≥${p.bands.superLarge}`);
    lines.push(`  入学年龄 ${entryAge(p)}；学籍号 ${p.numbering.scheme === "national" ? "全国学籍号" : p.numbering.name}`);
    lines.push(`  学籍照片 JPG 小于 ${p.photo.maxBytes / 1024} KB，至少 ${p.photo.minWidth}×${p.photo.minHeight} 像素${p.photo.aspect ? `，宽高比 ${p.photo.aspect.width}:${p.photo.aspect.height}` : ""}`);
    lines.push(`  依据：${p.sources.map((s) => s.ref).join("；")}`);
    lines.push("");
  }
  io.stdout(lines.join("\n"));
  return 0;
}
