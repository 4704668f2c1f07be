import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fsCode, fsMessage } from "./fs-message";
import { getProfile, parseProfile, ProfileError, shippedProfiles, type Profile } from "../core";

export type ProfileChoice = { ok: true; profile: Profile } | { ok: false; message: string };

function looksLikePath(value: string): boolean {
  return /[\\/]/.test(value) || value.toLowerCase().endsWith(".json");
}

/** `--profile national` picks a shipped profile; `--profile my.json` reads and validates a user's file. */
export function chooseProfile(value: string | undefined, cwd: string): ProfileChoice {
  const id = value ?? "national";
  const shipped = getProfile(id);
  if (shipped) return { ok: true, profile: shipped };
  if (!looksLikePath(id)) {
    const valid = shippedProfiles.map((p) => `  ${p.id}  ${p.name}`).join("\n");
    return {
      ok: false,
      message: `没有名为「${id}」的内置配置（Unknown profile ${id}）。可用的配置：\n${valid}\n也可以给出 JSON 配置文件的路径。`,
    };
  }
  const path = resolve(cwd, id);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    if (fsCode(e) === "ENOENT") return { ok: false, message: `找不到配置文件 ${id}（Profile file not found）。` };
    return { ok: false, message: `配置文件 ${id} 无法读取：${fsMessage(e, "read")}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, message: `配置文件 ${id} 不是有效的 JSON（${why}）。请检查逗号、引号和括号。` };
  }
  try {
    return { ok: true, profile: parseProfile(json, basename(path)) };
  } catch (e) {
    if (e instanceof ProfileError) return { ok: false, message: e.message };
    throw e;
  }
}
