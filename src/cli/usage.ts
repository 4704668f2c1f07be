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
