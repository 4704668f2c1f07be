/** Help text: Chinese first (the users), English alongside (for maintainers and CI logs). */
export const USAGE = `学籍导入助手 命令行 — xueji (Xueji Import Checker)

用法 Usage:
  xueji check 文件... [选项]     检查学籍导入表格（.xlsx / .xls / .csv），写出清理后的工作簿
                                 Check student-register workbooks and write cleaned copies
  xueji audit ...                 县区核查多所学校的文件（见 xueji audit --help）
                                 County audit across schools' files (see xueji audit --help)
  xueji compare 前表 后表 ...     人籍核对：比较两份学生名单，找出转出/辍学、转入、关键信息和年级变化
                                 （见 xueji compare --help）
                                 Compare two rosters: leavers, arrivals, key-field and grade changes
  xueji photos 文件夹|压缩包 ...  上传前检查学籍照片（见 xueji photos --help）
                                 Check the student photos before upload (see xueji photos --help)
  xueji profiles                  列出内置地区配置（班额上限、入学年龄、依据）
                                 List the shipped jurisdiction profiles
  xueji --help                    显示本帮助 Show this help

check 的选项 Options of check:
  --profile 名称|路径   地区配置：内置名称（见 xueji profiles）或 JSON 文件路径，默认 national
                        Jurisdiction profile: a shipped id or a JSON file; default national
  --template auto|名称  模板：auto 按表头自动识别（默认），或指定模板名称
                        Template: auto-detect by headers (default) or a template id
  --out 目录            清理后工作簿写入的目录，默认 ./out
                        Where <name>.cleaned.xlsx files go; default ./out
  --json 文件           另存机器可读的 JSON 报告 Also write a machine-readable JSON report
  --today YYYYMMDD      以该日期为“今天”检查年龄和未来日期 Date used as today for age checks

退出码 Exit codes: 0 没有错误 no errors · 1 发现错误 errors found · 2 文件无法读取或参数有误 a file
could not be read, or bad arguments.
`;

export const PHOTOS_USAGE = `xueji photos — 上传前检查学籍照片 (Check the student photos before upload)

用法 Usage:
  xueji photos 照片文件夹|照片.zip [--roster 名单.xlsx] [--fix-into 新目录] [--out 目录] [--profile 名称|路径]

按《全国中小学生学籍信息管理系统照片采集要求》检查：是否真的是 JPG（看文件内容，不看扩展名）、是否小于
60 KB、像素大小和横竖（像素要求按地区配置，可改）、文件名是否为有效的身份证件号、同一张图片是否用于两名
学生、同一名学生是否有两张照片。给出名单时，还列出缺少照片的学生和名单外的照片。

选项 Options:
  --roster 文件      学生名单（任何能识别的学籍表，或有“姓名”“身份证件号”两列的名单）
                     The roster: any supported workbook with an ID column
  --fix-into 目录    把可以上传的照片以规范文件名（身份证件号.jpg）复制到这个新的空目录；原文件不动
                     Copy the uploadable photos, correctly named, into this new empty folder
  --shrink           （与 --fix-into 同用）只因超过 60 KB 而不能上传的照片，重新压缩后放入副本；原文件不动
                     With --fix-into: re-encode the photos that are only too big, into the copy
  --out 目录         报告（<名称>.照片检查.xlsx）写入的目录，默认 ./out   Where the report goes
  --profile 名称|路径 地区配置（照片像素要求在其 photo 中），默认 national
  --today YYYYMMDD   以该日期为“今天”检查身份证件号中的出生日期

退出码 Exit codes: 0 没有错误 · 1 有错误或缺少照片 · 2 无法读取或参数有误。
`;
