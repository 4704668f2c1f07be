import { CLASS_BANDS_NATIONAL, CLASS_CAPS_NATIONAL, COLLECTION_FORM, DATONG, DISTRICT_2022, FUNAN, LIAONING, NONGAN, OPERATION_MANUAL, REGNO_RULES, cite } from "./documents";
import type { Catalogue } from "./types";

/** Whole-sheet findings: duplicates (table/*, and workbook/* across a workbook's sheets), class sizes (class/*) and register numbers (number/*). */
export const tableMessages: Catalogue = {
  "workbook/duplicate-id": {
    severity: "error",
    source: "《农安县义务教育学校学籍管理办法（试行）》第十一条、第十四条",
    zh: "身份证件号 {value} 在本工作簿的多个工作表中出现 {count} 次（{places}）。一人只能有一条学籍，请核对是否重复录入或填错号码。",
    en: "ID number {value} appears {count} times across this workbook's sheets ({places}). One student has one register: remove the duplicate or correct the number.",
  },
  "workbook/duplicate-regno": {
    severity: "error",
    source: "《农安县义务教育学校学籍管理办法（试行）》第十一条、第十四条",
    zh: "学籍号 {value} 在本工作簿的多个工作表中出现 {count} 次（{places}）。学籍号一人一号，请核对后删除重复行或改正号码。",
    en: "Register number {value} appears {count} times across this workbook's sheets ({places}). A register number belongs to one student.",
  },
  "workbook/duplicate-value": {
    severity: "error",
    source: cite(`${NONGAN}第十一条（一人一号）`, `${OPERATION_MANUAL}（Excel 导入：同一字段不得重复）`),
    zh: "「{header}」{value} 在本工作簿的多个工作表中出现 {count} 次（{places}）。每名学生的{header}只能有一个、不能与别人相同，请核对后改正或删除重复行。",
    en: "“{header}” {value} appears {count} times across this workbook's sheets ({places}). Each student's value is their own: correct it or remove the duplicate rows.",
  },
  "table/duplicate-id": {
    severity: "error",
    source: cite(`${NONGAN}第十一条、第十四条`, `${LIAONING}第六条`, `${FUNAN}第二十六条`),
    zh: "身份证件号 {value} 在本表出现 {count} 次（第 {rows} 行）。一人只能有一条学籍，请核对是否重复录入或填错号码，删除重复行或改正后再导入。",
    en: "ID number {value} appears {count} times in this sheet (rows {rows}). One student has one register: remove the duplicate or correct the number before importing.",
  },
  "table/suspected-duplicate": {
    severity: "warning",
    source: cite(`${OPERATION_MANUAL}（查重：无身份证号的重复学籍）`, `${NONGAN}第十一条（有关信息重复）`, `${FUNAN}第三十一条（查重）`),
    zh: "学生「{value}」与第 {rows} 行的学生姓名、性别、出生日期都相同，其中有人没有身份证件号，学籍系统查重时会视为疑似重复学籍。请核实是否同一人：是则只保留一行；不是则补填身份证件号。",
    en: "Student “{value}” shares name, sex and birth date with row(s) {rows}, and one of them has no ID number: the register system's duplicate check treats this as a possible duplicate register. If it is the same child keep one row; otherwise fill in the ID number.",
  },
  "table/likely-duplicate": {
    severity: "warning",
    source: cite(`${OPERATION_MANUAL}（查重：无身份证号的重复学籍）`, `${NONGAN}第十一条（有关信息重复）`, `${FUNAN}第三十一条（查重）`),
    zh: "学生「{value}」与第 {rows} 行的学生姓名、性别、出生日期相同，监护人「{guardian}」也相同，其中有人没有身份证件号：很可能是同一学生重复建籍。请核实，只保留一行；确为两名学生的，请补填身份证件号。",
    en: "Student “{value}” shares name, sex, birth date and guardian “{guardian}” with row(s) {rows}, and one of them has no ID number: very likely one child registered twice. Check and keep one row; if they are two children, fill in the ID number.",
  },
  "table/duplicate-regno": {
    severity: "error",
    source: cite(`${NONGAN}第十一条（一人一号）`, `${LIAONING}第五条`),
    zh: "学籍号 {value} 在本表出现 {count} 次（第 {rows} 行）。学籍号一人一号，请核对后改正或删除重复行。",
    en: "Register number {value} appears {count} times (rows {rows}). Each student has one number of their own: correct it or remove the duplicate rows.",
  },
  "table/duplicate-auxno": {
    severity: "error",
    source: cite(`${LIAONING}第五条`, `${DATONG}三、2`),
    zh: "学籍辅号 {value} 在本表出现 {count} 次（第 {rows} 行）。辅号也不能重复，请核对后改正。",
    en: "Auxiliary register number {value} appears {count} times (rows {rows}). It must be unique too: correct it.",
  },
  "table/duplicate-value": {
    severity: "error",
    source: cite(`${NONGAN}第十一条（一人一号）`, `${OPERATION_MANUAL}（Excel 导入：同一字段不得重复）`),
    zh: "「{header}」{value} 在本表出现 {count} 次（第 {rows} 行）。每名学生的{header}只能有一个、不能与别人相同，学籍系统导入时会拒收重复的行。请核对后改正或删除重复行。",
    en: "“{header}” {value} appears {count} times (rows {rows}). Each student's value is their own; the register system refuses repeated rows on import. Correct it or remove the duplicate rows.",
  },
  "table/duplicate-in-class": {
    severity: "error",
    source: `${COLLECTION_FORM}（班内学号：学生在本班的编号）`,
    zh: "{grade}{className} 中「{header}」{value} 出现 {count} 次（第 {rows} 行）。同一班内两名学生不能用同一个班内学号，请核对后改正。",
    en: "In {grade} {className}, “{header}” {value} appears {count} times (rows {rows}). Two students of one class cannot share a number: correct it.",
  },
  "class/over-cap": {
    severity: "error",
    source: `${CLASS_CAPS_NATIONAL}（班额上限按所选地区的规定）`,
    zh: "本班 {count} 人，超过{stage}班额上限 {cap} 人（{source}）。请核实分班或办理分流。",
    en: "This class has {count} students, over the {stage} cap of {cap} ({source}). Check the class assignment or move students to other classes.",
  },
  "workbook/class-over-cap": {
    severity: "error",
    source: CLASS_CAPS_NATIONAL,
    zh: "{grade}{className} 分在多个工作表中（{sheets}），本表 {here} 人，合计 {count} 人，超过班额上限 {cap} 人。请核实分班，或确认这些工作表是否重复录入了学生。",
    en: "Class {grade}{className} is spread over several sheets ({sheets}): {here} here, {count} in all, over the cap of {cap}. Check the class assignment, or whether students were entered twice.",
  },
  "workbook/class-large-band": {
    severity: "warning",
    source: CLASS_BANDS_NATIONAL,
    zh: "{grade}{className} 分在多个工作表中（{sheets}），本表 {here} 人，合计 {count} 人，属于大班额。请核实人数。",
    en: "Class {grade}{className} is spread over several sheets ({sheets}): {here} here, {count} in all — a large class. Check the count.",
  },
  "class/large-band": {
    severity: "warning",
    source: `${CLASS_BANDS_NATIONAL}（56–65 人为大班额）`,
    zh: "本班 {count} 人，属于大班额（{large} 人及以上、不足 {superLarge} 人）。请核实人数，按要求逐步消除大班额。",
    en: "This class has {count} students: a large class (from {large}, below {superLarge}). Check the count; large classes are to be phased out.",
  },
  "class/super-large-band": {
    severity: "warning",
    source: `${CLASS_BANDS_NATIONAL}（66 人及以上为超大班额）`,
    zh: "本班 {count} 人，属于超大班额（{superLarge} 人及以上）。请核实是否录错班级或重复录入，并尽快分班。",
    en: "This class has {count} students: an extra-large class ({superLarge} or more). Check for wrong class entries or duplicates and split the class.",
  },
  "class/unbalanced": {
    severity: "warning",
    source: `${DISTRICT_2022}（三）3（落实平均分班，保持年级班额相对均衡）`,
    zh: "{grade}各班人数相差 {difference} 人（{maxClass} {max} 人，{minClass} {min} 人），超过 {limit} 人。起始年级应平均分班，请核实。",
    en: "Classes of {grade} differ by {difference} students ({maxClass}: {max}, {minClass}: {min}), more than {limit}. Entry-grade classes should be balanced.",
  },
  "class/unassigned": {
    severity: "warning",
    source: `${FUNAN}第九条（学籍系统里的班级与实际班级要保持一致）`,
    zh: "有 {count} 行没有填写年级或班级，未计入任何班级的人数（首行见本行）。请补填年级和班级。",
    en: "{count} rows have no grade or class and are counted in no class (this is the first). Fill in grade and class.",
  },
  "class/duplicate-code": {
    severity: "error",
    source: `${DATONG}三、2（全校的班级代码不得重复）`,
    zh: "班级「{className}」与「{otherClass}」的班级代码都是 {code}。全校的班级代码不得重复（不同年级也不行），这些班都未生成学籍编号。请给每个班不同的班号（如一年级3班写作103班、二年级3班写作203班），同一个班请统一写法。",
    en: "Class “{className}” and “{otherClass}” all give class code {code}. Class codes must be unique in the whole school, across grades too, so none of these classes got numbers. Give every class its own number (e.g. 103班 for grade 1 class 3, 203班 for grade 2 class 3) and write one class one way.",
  },
  "number/national-assigns": {
    severity: "warning",
    source: `${REGNO_RULES}（J、L 学籍号由国家学籍系统分配）`,
    zh: "本行没有有效的居民身份证号，无法生成学籍号。J 开头（无身份证）和 L 开头（临时）学籍号由国家学籍系统分配，本工具不会自行编号；请核对身份证件号，或导入后在系统中查看分配的学籍号。",
    en: "No valid resident ID on this row, so no register number was made. J and L numbers are assigned by the national system, never by this tool: check the ID, or look up the assigned number in the system after import.",
  },
  "number/id-duplicated": {
    severity: "warning",
    source: `${NONGAN}第十一条（一人一号）`,
    zh: "身份证件号 {value} 在本表重复，未生成学籍号，以免两人同号。请先处理重复的身份证件号。",
    en: "ID number {value} is repeated in this sheet, so no register number was made (two students would share it). Resolve the duplicate first.",
  },
  "number/valid-kept": {
    severity: "warning",
    source: cite(`${NONGAN}第十一条`, `${LIAONING}第五条（一人一号、终身不变）`),
    zh: "已有 {count} 个格式正确的学籍号保持不变：学籍号一人一号、终身不变，“覆盖”只替换空白或格式错误的号码。确需更改的，请按学籍信息变更程序办理。",
    en: "{count} well-formed register numbers were kept: a number is for life, and overwrite only replaces empty or malformed numbers. To change one, use the register change procedure.",
  },
  "number/existing-mismatch": {
    severity: "warning",
    source: `${DATONG}三、2（学籍编号各位含义）`,
    zh: "已有的编号 {value} 与本行不符：{parts}。编号一人一号，本工具不会改动；请核对本行的入学年月、年级和班级，或确认这个编号是否属于这名学生。",
    en: "The existing number {value} does not fit this row: {parts}. A number is for life and is not changed here; check the row's entry date, grade and class, or whether the number belongs to this student.",
  },
  "number/pattern-field-missing": {
    severity: "error",
    source: `${DATONG}三、2（学籍编号各位含义）`,
    zh: "生成「{pattern}」需要{field}，但尚未设置，因此没有生成任何编号。请在编号设置中填写本校的{field}后重试。",
    en: "“{pattern}” needs the {field}, which is not set, so no numbers were made. Enter your school's value in the numbering settings and retry.",
  },
  "number/pattern-field-invalid": {
    severity: "error",
    source: `${DATONG}三、2（学籍编号各位含义）`,
    zh: "「{pattern}」的{field}设置为「{value}」，不是规定位数的数字，因此没有生成任何编号。请改正后重试。",
    en: "The {field} of “{pattern}” is set to “{value}”, not digits of the right length, so no numbers were made. Correct it and retry.",
  },
  "number/entry-year-invalid": {
    severity: "error",
    source: cite(`${DATONG}三、2（第一、二位为年份代码）`, `${COLLECTION_FORM}（入学年月 YYYYMM）`),
    zh: "入学年月「{value}」不是 YYYYMM 格式，无法得出编号的年份代码，本行未生成编号。请填写如 202609。",
    en: "Entry year-month “{value}” is not YYYYMM, so the year code is unknown and this row got no number. Enter e.g. 202609.",
  },
  "number/stage-unknown": {
    severity: "error",
    source: `${DATONG}三、2（第九位为学段代码：高中1 初中2 小学3）`,
    zh: "年级「{value}」无法判断学段，本行未生成编号。请填写如“一年级”“初一”“高一”。",
    en: "Grade “{value}” gives no school stage, so this row got no number. Write e.g. 一年级, 初一, 高一.",
  },
  "number/class-code-invalid": {
    severity: "error",
    source: `${DATONG}三、2（第十至十二位为班级代码）`,
    zh: "班级「{value}」中没有可用作 {length} 位班级代码的数字（如“3班”→ 003），本行未生成编号。请用阿拉伯数字写班号。",
    en: "Class “{value}” has no number usable as a {length}-digit class code (e.g. 3班 → 003), so this row got no number. Write the class number in digits.",
  },
  "number/serial-overflow": {
    severity: "error",
    source: `${DATONG}三、2（流水号两位，满 100 人无法编号，不得循环）`,
    zh: "本班流水号已用到 {max}，无法再为本行编号。一个班不可能超过 {max} 人，请核实班级是否填错或有重复行。",
    en: "This class's serials are used up to {max}; this row cannot be numbered. Check for a wrong class or duplicate rows.",
  },
};
