import { COLLECTION_FORM, FUNAN, IMPORT_TEMPLATE, OPERATION_MANUAL, cite } from "./documents";
import type { Catalogue } from "./types";

/** Codes the engine itself emits (required cells, sheets it cannot use). */
export const engineMessages: Catalogue = {
  "cell/required": {
    severity: "error",
    source: cite(`${FUNAN}第七条（必填项不得为空）`, `${COLLECTION_FORM}（★ 为必填项）`),
    zh: "必填项为空。请填写「{header}」。",
    en: "Required field is empty. Fill in “{header}”.",
  },
  "cell/required-when": {
    severity: "error",
    source: `${COLLECTION_FORM}（条件必填项）`,
    zh: "「{other}」为「{otherValue}」时，「{header}」必须填写。请补填。",
    en: "“{header}” is required when “{other}” is “{otherValue}”. Fill it in.",
  },
  "cell/undecodable": {
    severity: "error",
    source: `${IMPORT_TEMPLATE}填写说明（不允许填写空格、特殊符号等非法字符）`,
    zh: "有无法识别的字符（显示为 �）：文件的文字编码有误，或文件已损坏，这里原本的文字已无法还原。请对照原始资料改正后，另存为 .xlsx（或 UTF-8 编码的 .csv）再检查。",
    en: "Holds characters that could not be decoded (shown as �): the file's text encoding is wrong or the file is damaged. Correct it from the original records and save as .xlsx (or UTF-8 .csv).",
  },
  "engine/internal-error": {
    severity: "error",
    source: "",
    zh: "检查这里时本工具出错（{error}），这一格保持原样、这一行未写入清理后的表。请人工核对，并把此问题告诉开发者。",
    en: "The checker failed here ({error}); the cell is kept as found and the row is not in the cleaned sheet. Check it by hand and report this to the developers.",
  },
  "sheet/empty": {
    severity: "warning",
    source: `${OPERATION_MANUAL}（Excel 模板导入）`,
    zh: "工作表有表头但没有数据行。请确认学生数据填在表头下方。",
    en: "The sheet has a header but no data rows. Put the students' data below the header.",
  },
  "sheet/no-template": {
    severity: "error",
    source: `${OPERATION_MANUAL}（Excel 模板导入）`,
    zh: "工作簿中没有可识别的学籍导入模板工作表。请使用省（国家）系统下载的模板，表头不要改动。",
    en: "No sheet in this workbook is a known import template. Use the template downloaded from the system, with its headers unchanged.",
  },
};
