import { useCallback, useEffect, useState } from "react";
import { parseProfile, ProfileError, type Profile } from "../core";
import type { WorkbookHost } from "../app/host";
import type { EngineOptions } from "../worker/protocol";

/** Setting keys kept per workbook (Excel) or per browser (localStorage). */
export const SETTING_PROFILE = "xueji.profileId";
export const SETTING_TEMPLATE = "xueji.templateId";
export const SETTING_CUSTOM = "xueji.customProfile";

export const CUSTOM_ID = "custom";

export interface CustomProfile {
  profile: Profile;
  json: unknown;
  fileName: string;
}

export interface CheckSettings {
  templateId: string;
  profileId: string;
  custom: CustomProfile | null;
  /** the last custom profile file's problems, in Chinese, one line each */
  customError: string[] | null;
  setTemplateId(id: string): void;
  setProfileId(id: string): void;
  loadCustomProfile(fileName: string, text: string): boolean;
  engineOptions(): EngineOptions;
}

/** Parse a profile file's text; a problem list in Chinese when it is not a valid profile. */
export function readCustomProfile(fileName: string, text: string): CustomProfile | string[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return [`配置文件 ${fileName} 不是有效的 JSON（${why}）。请用文本编辑器检查括号、引号和逗号是否成对、有无多余。`];
  }
  try {
    return { profile: parseProfile(json, fileName), json, fileName };
  } catch (err) {
    if (err instanceof ProfileError) return err.problems;
    return [`配置文件 ${fileName} 无法使用：${err instanceof Error ? err.message : String(err)}`];
  }
}

/**
 * Template and profile choice, remembered through the host; a custom profile's JSON is remembered too,
 * so the registrar loads a county's file once.
 */
export function useCheckSettings(host: WorkbookHost): CheckSettings {
  const [templateId, setTemplate] = useState("auto");
  const [profileId, setProfile] = useState("national");
  const [custom, setCustom] = useState<CustomProfile | null>(null);
  const [customError, setCustomError] = useState<string[] | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [savedProfile, savedTemplate, savedCustom] = await Promise.all([
        host.loadSetting(SETTING_PROFILE),
        host.loadSetting(SETTING_TEMPLATE),
        host.loadSetting(SETTING_CUSTOM),
      ]).catch(() => [null, null, null]);
      if (!live) return;
      if (savedCustom) {
        try {
          const { fileName, text } = JSON.parse(savedCustom) as { fileName: string; text: string };
          const read = readCustomProfile(fileName, text);
          if (!Array.isArray(read)) setCustom(read);
        } catch {
          // a damaged setting is forgotten, not shown: the registrar can load the file again
        }
      }
      if (savedTemplate) setTemplate(savedTemplate);
      if (savedProfile) setProfile(savedProfile);
    })();
    return () => {
      live = false;
    };
  }, [host]);

  const setTemplateId = useCallback(
    (id: string) => {
      setTemplate(id);
      void host.saveSetting(SETTING_TEMPLATE, id).catch(() => undefined);
    },
    [host],
  );
  const setProfileId = useCallback(
    (id: string) => {
      setProfile(id);
      void host.saveSetting(SETTING_PROFILE, id).catch(() => undefined);
    },
    [host],
  );
  const loadCustomProfile = useCallback(
    (fileName: string, text: string) => {
      const read = readCustomProfile(fileName, text);
      if (Array.isArray(read)) {
        setCustomError(read);
        return false;
      }
      setCustomError(null);
      setCustom(read);
      setProfileId(CUSTOM_ID);
      void host.saveSetting(SETTING_CUSTOM, JSON.stringify({ fileName, text })).catch(() => undefined);
      return true;
    },
    [host, setProfileId],
  );

  const effectiveProfile = profileId === CUSTOM_ID && !custom ? "national" : profileId;
  const engineOptions = useCallback(
    (): EngineOptions => ({
      templateId,
      profile: effectiveProfile === CUSTOM_ID && custom ? { custom: custom.json, fileName: custom.fileName } : { id: effectiveProfile },
    }),
    [templateId, effectiveProfile, custom],
  );

  return { templateId, profileId: effectiveProfile, custom, customError, setTemplateId, setProfileId, loadCustomProfile, engineOptions };
}
