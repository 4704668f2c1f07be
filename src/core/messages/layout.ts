import { COLLECTION_FORM, GRADUATION_PROCEDURE, INFO_SPEC_2007, OPERATION_MANUAL } from "./documents";
import type { Catalogue } from "./types";

/** Messages of layout detection (core/layout/detect.ts). */
export const layoutMessages: Catalogue = {
  "header/duplicate": {
    severity: "error",
    source: `${OPERATION_MANUAL}（Excel 模板导入）`,
    zh: "「{header}」出现了两次（{firstColumn} 列和 {duplicateColumn} 列），只读取了 {firstColumn} 列。请删除多余的一列，或把它改成正确的表头。",
    en: "“{header}” appears twice (columns {firstColumn} and {duplicateColumn}); only column {firstColumn} was read. Delete the extra column or give it its proper header.",
  },
  "header/missing": {
    severity: "error",
    source: `${COLLECTION_FORM}（★ 为必填项）`,
    zh: "缺少必填列「{header}」。请从模板中补上这一列并填写，否则学籍系统无法导入。",
    en: "Required column “{header}” is missing. Add it from the template and fill it in, or the register system cannot import the file.",
  },
  "header/extra": {
    severity: "warning",
    source: `${OPERATION_MANUAL}（导入模板格式不得修改）`,
    zh: "{column} 列「{header}」不是已知的学籍字段，没有检查，数据原样保留在上传用文件中。若它是某个字段的别写，请改成模板的表头；导入学籍系统前请确认系统接受这一列。",
    en: "Column {column} “{header}” is no known register field and was not checked; it is kept as it is in the upload file. If it is a field under another name, use the template's header; before importing, make sure the register system accepts this column.",
  },
  "header/similar": {
    severity: "warning",
    source: INFO_SPEC_2007,
    zh: "{column} 列「{header}」不是已知的学籍字段，没有检查。「{header}」是否就是「{suggestion}」？如果是，请把表头改为「{suggestion}」后重新检查；这一列的数据会原样保留在上传用文件中。",
    en: "Column {column} “{header}” is no known register field and was not checked. Is “{header}” meant to be “{suggestion}”? If so, rename the header to “{suggestion}” and check again; the column is kept as it is in the upload file.",
  },
  "header/assumed": {
    severity: "warning",
    source: `${GRADUATION_PROCEDURE}（毕业生名单）`,
    zh: "本表没有「{header}」列，按「{template}」处理：每一行都视为「{value}」。如果其中有结业、肄业的学生，请加上「{header}」列并逐行填写。",
    en: "This sheet has no “{header}” column; as a “{template}” every row is taken as “{value}”. If some students did not graduate (结业/肄业), add the “{header}” column and fill it in for each row.",
  },
  "header/unknown-template": {
    severity: "error",
    source: `${OPERATION_MANUAL}（Excel 模板导入）`,
    zh: "无法识别这张表的模板。最接近的是「{template}」，但缺少这些列：{missing}。请使用学籍系统下载的模板，或补上这些列。",
    en: "This sheet matches no known template. The closest is “{template}”, which lacks: {missing}. Use the template downloaded from the register system, or add these columns.",
  },
  "header/not-a-template": {
    severity: "error",
    source: `${OPERATION_MANUAL}（Excel 模板导入）`,
    zh: "前 {rows} 行中找不到学籍模板的表头（如 姓名、性别、身份证件类型）。这张表似乎不是学籍导入表；请打开学籍模板所在的工作表再检查。",
    en: "No register-template header (姓名, 性别, 身份证件类型 …) was found in the first {rows} rows. This does not look like a register import sheet; open the sheet that holds the template and check again.",
  },
  "header/template-mismatch": {
    severity: "error",
    source: `${OPERATION_MANUAL}（Excel 模板导入）`,
    zh: "这张表与所选模板「{template}」对不上，缺少：{missing}。请确认选择了正确的模板，或改为“自动识别”。",
    en: "This sheet does not fit the chosen template “{template}”; it lacks: {missing}. Check that the right template is selected, or use automatic detection.",
  },
  "header/unknown-template-id": {
    severity: "error",
    source: `${OPERATION_MANUAL}（Excel 模板导入）`,
    zh: "没有名为「{templateId}」的模板。请从列表中选择模板，或改为“自动识别”。",
    en: "There is no template “{templateId}”. Choose a template from the list, or use automatic detection.",
  },
};
