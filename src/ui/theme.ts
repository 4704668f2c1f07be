import { webLightTheme, type Theme } from "@fluentui/react-components";

/** Fluent's light theme with Chinese UI fonts named, so Chinese text never falls back to a random face. */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif",
};
