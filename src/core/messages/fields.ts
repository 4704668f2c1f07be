import type { Catalogue, CatalogueEntry } from "./types";

/** Messages of the field normalisers and cell checks (core/fields). */

const GB11643 = "GB 11643-1999 公民身份号码; TEMPLATES.md §4.3";
const REGNO = "TEMPLATES.md §4.1（学籍号以G、J、L开头且长度为19位）";
const FORMATS = "TEMPLATES.md §3";

function fix(source: string, zh: string, en: string): CatalogueEntry {
  return { severity: "fix", source, zh, en };
}

export const fieldMessages: Catalogue = {
  // ---- fixes: what the checker changed by itself ({value} → {fix})
  "fix/whitespace": fix(
    "TEMPLATES.md §4.1（不允许填写空格、特殊符号等非法字符）",
    "已去掉多余的空格、换行或看不见的字符：「{value}」→「{fix}」。",
    "Removed extra spaces, line breaks or invisible characters: “{value}” → “{fix}”.",
  ),
  "fix/fullwidth": fix(
    FORMATS,
    "已把全角数字、字母或符号改为半角：「{value}」→「{fix}」。",
    "Changed full-width digits, letters or symbols to half-width: “{value}” → “{fix}”.",
  ),
  "fix/apostrophe": fix(
    FORMATS,
    "去掉了号码前的单引号（导出程序为防止 Excel 把长号码变成数字而加的）：「{value}」→「{fix}」。",
    "Removed the apostrophe an exporting program put in front of the number to keep Excel from converting it: “{value}” → “{fix}”.",
  ),
  "fix/null-word": fix(
    FORMATS,
    "「{value}」是导出程序对空值的写法，已清空这个单元格。如果这一项必填，请填写。",
    "“{value}” is how an exporting program writes an empty value; the cell was emptied. Fill it in if the field is required.",
  ),
  "fix/x-uppercase": fix(GB11643, "身份证件号末位的小写 x 已改为大写 X：「{fix}」。", "Changed the lower-case x at the end of the ID number to X: “{fix}”."),
  "fix/uppercase": fix(REGNO, "已把小写字母改为大写：「{value}」→「{fix}」。", "Changed lower-case letters to capitals: “{value}” → “{fix}”."),
  "fix/name-dot": fix(
    "TEMPLATES.md §1.1（少数民族姓名中间用间隔号“·”）",
    "姓名中的分隔点已统一为间隔号“·”：「{value}」→「{fix}」。",
    "Changed the dot in the name to the middle dot “·”: “{value}” → “{fix}”.",
  ),
  "fix/date-format": fix(FORMATS, "日期已改为模板要求的格式：「{value}」→「{fix}」。", "Rewrote the date in the template's format: “{value}” → “{fix}”."),
  "fix/date-serial": fix(
    FORMATS,
    "这是 Excel 日期格式的单元格（内部数字 {value}），已改为文本「{fix}」。请确认日期无误。",
    "This was an Excel date cell (serial {value}); rewritten as the text “{fix}”. Please confirm the date.",
  ),
  "fix/code-name": fix(
    "TEMPLATES.md §2.0（选项数据填写名称）",
    "模板要求填写名称而不是代码或旧写法：「{value}」已改为「{fix}」。",
    "The template wants the name, not a code or an old spelling: “{value}” changed to “{fix}”.",
  ),
  "fix/phone-prefix": fix(FORMATS, "已去掉电话号码前的国家代码 +86：「{value}」→「{fix}」。", "Removed the +86 country code: “{value}” → “{fix}”."),
  "fix/phone-format": fix(FORMATS, "已去掉手机号码中的空格或横线：「{value}」→「{fix}」。", "Removed spaces or dashes inside the mobile number: “{value}” → “{fix}”."),
  "fix/postcode-zero": fix(
    FORMATS,
    "邮政编码被 Excel 当作数字保存，开头的 0 丢了，已补回：「{value}」→「{fix}」。",
    "Excel stored the postcode as a number and dropped its leading 0; restored: “{value}” → “{fix}”.",
  ),
  "fix/region-suffix": fix(
    "TEMPLATES.md §3（县级 = 6位区划代码 + 000000）",
    "行政区划代码应为12位，已在6位县级代码后补“000000”：「{value}」→「{fix}」。如需精确到乡镇，请改为完整的12位代码。",
    "Region codes have 12 digits; appended “000000” to the 6-digit county code: “{value}” → “{fix}”. Use the full 12-digit code if you know the township.",
  ),
  "fix/number-format": fix(FORMATS, "已改为整数：「{value}」→「{fix}」。", "Rewritten as a whole number: “{value}” → “{fix}”."),
  "fix/number-unit": fix(FORMATS, "已去掉单位，只保留数字：「{value}」→「{fix}」。", "Removed the unit, keeping the number: “{value}” → “{fix}”."),

  // ---- general cell checks
  "cell/too-long": {
    severity: "error",
    source: "TEMPLATES.md §1",
    zh: "内容过长：{length} 个字，最多 {max} 个字。请删减。",
    en: "Too long: {length} characters, at most {max}. Please shorten it.",
  },
  "cell/enum": {
    severity: "error",
    source: "TEMPLATES.md §2（代码表）",
    zh: "「{value}」不是「{list}」的可选值。请从下拉列表中选择，例如：{allowed}。",
    en: "“{value}” is not a value of the {list} list. Choose from the drop-down, e.g. {allowed}.",
  },
  "cell/name-digit": {
    severity: "error",
    source: "TEMPLATES.md §1.1（姓名）",
    zh: "姓名中有数字「{chars}」。请按户口簿填写姓名，不要加数字或编号。",
    en: "The name contains digits “{chars}”. Write the name as in the household register, without numbers.",
  },
  "cell/name-latin": {
    severity: "error",
    source: "TEMPLATES.md §1.1（姓名）",
    zh: "姓名中有英文字母「{chars}」。持居民身份证的请填写汉字姓名；外籍或港澳台人员请先把身份证件类型改为相应证件。",
    en: "The name contains Latin letters “{chars}”. Holders of a resident ID card need a name in Chinese characters; for foreign or HK/Macao/Taiwan persons, set the ID type first.",
  },
  "cell/name-symbol": {
    severity: "error",
    source: "TEMPLATES.md §1.1（姓名）",
    zh: "姓名中有不允许的字符「{chars}」（空格、括号、标点等）。请只填写姓名本身，少数民族姓名中间用“·”。",
    en: "The name contains characters that are not allowed: “{chars}” (spaces, brackets, punctuation…). Write only the name; use “·” inside minority names.",
  },
  "cell/name-dot": {
    severity: "error",
    source: "TEMPLATES.md §1.1（姓名）",
    zh: "间隔号“·”位置不对：不能在姓名开头或结尾，也不能连用。请按户口簿改正。",
    en: "The middle dot “·” is misplaced: not at the start or end, and not twice in a row. Correct it from the household register.",
  },
  "cell/date-invalid": {
    severity: "error",
    source: FORMATS,
    zh: "「{value}」不是真实存在的日期（如2月30日、13月）。请按户口簿核对后填写，格式如 20150304。",
    en: "“{value}” is not a real date (e.g. 30 February, month 13). Check the household register and write it like 20150304.",
  },
  "cell/date-two-digit-year": {
    severity: "error",
    source: FORMATS,
    zh: "「{value}」的年份只有两位，无法确定世纪。请写四位年份，格式如 20150304。",
    en: "“{value}” has a two-digit year, so the century is unknown. Write a four-digit year, like 20150304.",
  },
  "cell/date-incomplete": {
    severity: "error",
    source: FORMATS,
    zh: "「{value}」缺少月或日。此处需要完整日期，格式如 20150304。",
    en: "“{value}” lacks the month or day. A full date is needed here, like 20150304.",
  },
  "cell/date-unrecognised": {
    severity: "error",
    source: FORMATS,
    zh: "无法识别日期「{value}」。请填写8位数字的年月日，如 20150304。",
    en: "Cannot read the date “{value}”. Write year, month and day as 8 digits, like 20150304.",
  },
  "cell/date-future": {
    severity: "error",
    source: FORMATS,
    zh: "日期「{value}」晚于今天（{today}）。请核对后改正。",
    en: "The date “{value}” is after today ({today}). Please check and correct it.",
  },
  "cell/date-too-early": {
    severity: "error",
    source: FORMATS,
    zh: "日期「{value}」早于1900年，不可能是正确的日期。请核对后改正。",
    en: "The date “{value}” is before 1900 and cannot be right. Please check and correct it.",
  },
  "cell/month-invalid": {
    severity: "error",
    source: FORMATS,
    zh: "「{value}」不是有效的年月（月份应为01–12）。请填写6位数字，如 201509。",
    en: "“{value}” is not a valid year and month (month 01–12). Write 6 digits, like 201509.",
  },
  "cell/month-two-digit-year": {
    severity: "error",
    source: FORMATS,
    zh: "「{value}」的年份只有两位，无法确定世纪。请写四位年份，如 201509。",
    en: "“{value}” has a two-digit year, so the century is unknown. Write a four-digit year, like 201509.",
  },
  "cell/month-ambiguous": {
    severity: "error",
    source: FORMATS,
    zh: "Excel 把这个年月存成了数字 {value}：可能是1月，也可能是输入“.10”时丢了末尾的0（10月）。请把单元格设为文本，填写6位数字，如 201510。",
    en: "Excel stored this year-month as the number {value}: it may be January, or October typed as “.10” with the 0 dropped. Format the cell as text and write 6 digits, like 201510.",
  },
  "cell/month-unrecognised": {
    severity: "error",
    source: FORMATS,
    zh: "无法识别年月「{value}」。请填写6位数字的年月，如 201509。",
    en: "Cannot read the year and month “{value}”. Write 6 digits, like 201509.",
  },
  "cell/month-future": {
    severity: "warning",
    source: FORMATS,
    zh: "年月「{value}」晚于本月（{today}）。请确认是否填错。",
    en: "“{value}” is after this month ({today}). Please check it.",
  },
  "cell/month-too-early": {
    severity: "error",
    source: FORMATS,
    zh: "年月「{value}」早于1900年，不可能是正确的。请核对后改正。",
    en: "“{value}” is before 1900 and cannot be right. Please check and correct it.",
  },
  "cell/phone-invalid": {
    severity: "error",
    source: "TEMPLATES.md §3（固定电话或者手机号码）",
    zh: "「{value}」不是有效的电话号码。请填写一个11位手机号，或带区号的固定电话（如 010-12345678）；多个号码只填一个。",
    en: "“{value}” is not a valid phone number. Give one 11-digit mobile number or a landline with area code (e.g. 010-12345678); only one number.",
  },
  "cell/phone-no-area-code": {
    severity: "error",
    source: "TEMPLATES.md §3（固定电话或者手机号码）",
    zh: "固定电话「{value}」缺少区号。请在前面加上区号，如 010-12345678。",
    en: "The landline “{value}” lacks its area code. Add it in front, e.g. 010-12345678.",
  },
  "cell/postcode-lost-zero": {
    severity: "error",
    source: FORMATS,
    zh: "邮政编码只有5位「{value}」，可能丢了开头的0（应为「{fix}」）。请把单元格设为文本后填写6位邮编。",
    en: "The postcode has only 5 digits (“{value}”); its leading 0 was probably lost (“{fix}”). Format the cell as text and write the 6 digits.",
  },
  "cell/postcode-format": {
    severity: "error",
    source: FORMATS,
    zh: "邮政编码应为6位数字，「{value}」不符合。请核对后改正。",
    en: "A postcode has 6 digits; “{value}” does not. Please correct it.",
  },
  "cell/region-format": {
    severity: "error",
    source: "TEMPLATES.md §3（12位行政区划代码）",
    zh: "此处应填12位行政区划代码（如 110105000000），不是文字地址；现为「{value}」（{length} 位）。请查区划代码后填写。",
    en: "This field takes the 12-digit administrative division code (e.g. 110105000000), not an address; found “{value}” ({length} characters).",
  },
  "cell/region-unknown": {
    severity: "error",
    source: "GB/T 2260; TEMPLATES.md §3",
    zh: "区划代码前6位「{region}」在国家行政区划代码中不存在（含历史代码）。请核对后改正。",
    en: "The first six digits “{region}” are not a GB/T 2260 division code (current or historical). Please check and correct it.",
  },
  "cell/school-code": {
    severity: "error",
    source: FORMATS,
    zh: "学校标识码应为10位数字，「{value}」不符合。请从学籍系统的学校信息中复制。",
    en: "The school code has 10 digits; “{value}” does not. Copy it from the school's record in the register system.",
  },
  "cell/email": {
    severity: "error",
    source: FORMATS,
    zh: "「{value}」不是有效的电子邮箱地址（如 name@example.com）。请改正或留空。",
    en: "“{value}” is not a valid e-mail address (like name@example.com). Correct it or leave it empty.",
  },
  "cell/url": {
    severity: "error",
    source: FORMATS,
    zh: "「{value}」不是有效的网址（如 http://www.example.cn）。请改正或留空。",
    en: "“{value}” is not a valid web address (like http://www.example.cn). Correct it or leave it empty.",
  },
  "cell/not-integer": {
    severity: "error",
    source: FORMATS,
    zh: "此处应填整数，「{value}」不是。请只填数字。",
    en: "A whole number is needed here; “{value}” is not one. Write digits only.",
  },
  "cell/not-number": {
    severity: "error",
    source: "TEMPLATES.md §2.14（上下学距离，单位公里）",
    zh: "此处应填数字，「{value}」不是。请只填数字（如 2.5），不要写文字。",
    en: "A number is needed here; “{value}” is not one. Write only the number (e.g. 2.5).",
  },

  // ---- 身份证件号
  "id/stored-as-number": {
    severity: "error",
    source: "TEMPLATES.md §3（号码类数据存为文本，避免 1.23E+17 / 末位变0）",
    zh: "身份证件号被 Excel 存成了数字，只保留了前15位，后面几位已无法恢复。请把该列设为“文本”格式后，对照户口簿重新输入完整号码。",
    en: "Excel stored the ID number as a number and kept only 15 digits; the rest is lost for good. Format the column as Text and re-enter the full number from the household register.",
  },
  "id/length": {
    severity: "error",
    source: GB11643,
    zh: "居民身份证号应为18位，现为 {length} 位。请对照户口簿核对后重新输入。",
    en: "A resident ID number has 18 characters; this one has {length}. Check it against the household register.",
  },
  "id/format": {
    severity: "error",
    source: GB11643,
    zh: "居民身份证号前17位应全是数字，末位是数字或 X。请检查是否混入字母 O、l 或其他符号。",
    en: "The first 17 characters of a resident ID must be digits and the last a digit or X. Look for a letter O, l or other symbols.",
  },
  "id/checksum": {
    severity: "error",
    source: GB11643,
    zh: "身份证件号校验位不对：按 GB 11643 计算末位应为 {expected}。请对照户口簿核对号码后重新输入。",
    en: "The ID number's check character is wrong: by GB 11643 the last character should be {expected}. Check the whole number against the household register.",
  },
  "id/birthdate-invalid": {
    severity: "error",
    source: GB11643,
    zh: "身份证件号第7–14位不是有效的出生日期。请对照户口簿核对号码。",
    en: "Digits 7–14 of the ID number are not a real birth date. Check the number against the household register.",
  },
  "id/birthdate-future": {
    severity: "error",
    source: GB11643,
    zh: "身份证件号中的出生日期晚于今天。请对照户口簿核对号码。",
    en: "The birth date inside the ID number is after today. Check the number against the household register.",
  },
  "id/region-unknown": {
    severity: "error",
    source: "GB/T 2260; " + GB11643,
    zh: "身份证件号前6位「{region}」不是任何时期的行政区划代码。请对照户口簿核对号码。",
    en: "The first six digits “{region}” were never an administrative division code. Check the number against the household register.",
  },
  "id/region-county-unknown": {
    severity: "warning",
    source: "GB/T 2260; " + GB11643,
    zh: "身份证件号前6位「{region}」在区划代码表中查不到县级代码（上级为{parent}）。若号码与户口簿一致可忽略，否则请改正。",
    en: "The county code “{region}” is not in the division code table (its parent is {parent}). Ignore this if the number matches the household register.",
  },
  "id/region-after-birth": {
    severity: "warning",
    source: "GB/T 2260; " + GB11643,
    zh: "身份证件号前6位「{region}」（{regionName}）自 {firstYear} 年才启用，晚于出生年份 {birthYear}。请对照户口簿核对号码。",
    en: "The division code “{region}” ({regionName}) came into use in {firstYear}, after the birth year {birthYear}. Check the number against the household register.",
  },
  "id/15-digit": {
    severity: "error",
    source: GB11643,
    zh: "这是15位的第一代身份证号，已停止使用。请填写户口簿上的18位公民身份号码。",
    en: "This is a 15-digit first-generation ID number, no longer valid. Enter the 18-digit number from the household register.",
  },
  "id/birthdate-mismatch": {
    severity: "error",
    source: GB11643 + "（出生日期 = 号码第7–14位）",
    zh: "出生日期「{birthDate}」与身份证件号中的出生日期「{idBirthDate}」不一致。请对照户口簿：号码无误就改正出生日期，号码录错就改正号码。",
    en: "The birth date “{birthDate}” differs from the one in the ID number (“{idBirthDate}”). Check the household register: if the number is right, correct the birth date; otherwise correct the number.",
  },
  "id/sex-mismatch": {
    severity: "error",
    source: GB11643 + "（第17位奇数为男、偶数为女）",
    zh: "性别填的是「{sex}」，但身份证件号第17位表示「{idSex}」。请对照户口簿：号码无误就改正性别，号码录错就改正号码。",
    en: "Sex is “{sex}” but digit 17 of the ID number means “{idSex}”. Check the household register: if the number is right, correct the sex; otherwise correct the number.",
  },
  "id/other-format": {
    severity: "warning",
    source: "TEMPLATES.md §2.4",
    zh: "证件类型为「{idType}」，号码「{value}」的格式不像此类证件（应为字母和数字）。请对照证件核对。",
    en: "The ID type is “{idType}” but “{value}” does not look like such a document number (letters and digits). Check it against the document.",
  },

  // ---- 学籍号
  "regno/length": {
    severity: "error",
    source: REGNO,
    zh: "学籍号应为19位（G/J/L 加18位），现为 {length} 位。请从学籍系统中复制。",
    en: "A register number has 19 characters (G/J/L + 18); this one has {length}. Copy it from the register system.",
  },
  "regno/prefix": {
    severity: "error",
    source: REGNO,
    zh: "学籍号应以 G、J 或 L 开头。请从学籍系统中复制。",
    en: "A register number starts with G, J or L. Copy it from the register system.",
  },
  "regno/format": {
    severity: "error",
    source: REGNO,
    zh: "学籍号格式不对：G、J 后应为17位数字加一位数字或X，L 后应为18位数字。请从学籍系统中复制。",
    en: "Malformed register number: after G or J come 17 digits and a digit or X; after L, 18 digits. Copy it from the register system.",
  },
  "regno/checksum": {
    severity: "error",
    source: REGNO + "; " + GB11643,
    zh: "学籍号校验位不对：按 GB 11643 计算末位应为 {expected}。请从学籍系统中核对复制。",
    en: "The register number's check character is wrong: by GB 11643 it should end in {expected}. Copy it from the register system.",
  },
  "regno/birthdate": {
    severity: "error",
    source: REGNO,
    zh: "学籍号第8–15位不是有效的出生日期。请从学籍系统中核对复制。",
    en: "Characters 8–15 of the register number are not a valid birth date. Copy it from the register system.",
  },
  "regno/region": {
    severity: "error",
    source: REGNO + "; GB/T 2260",
    zh: "学籍号第2–7位不是有效的行政区划代码。请从学籍系统中核对复制。",
    en: "Characters 2–7 of the register number are not a division code. Copy it from the register system.",
  },
  "regno/id-mismatch": {
    severity: "warning",
    source: REGNO + "（G = “G” + 身份证号，身份证号变更后可不同）",
    zh: "G字头学籍号与本行身份证件号「{idNumber}」不一致。若学生曾变更身份证号可忽略，否则请核对两者。",
    en: "The G register number differs from this row's ID number “{idNumber}”. Ignore this if the student's ID number changed; otherwise check both.",
  },
};
