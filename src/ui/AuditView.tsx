import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import type { WorkbookHost } from "../app/host";
import { shippedProfiles } from "../core";
import { createCodeLists } from "../core/codes";
import { auditCounty, DUPLICATE_KIND_WORDS, isUnreadable, maskDeep, unreadableWords, type AuditFile, type AuditReport, type UnreadableFile } from "../core/audit";
import { readAuditFile } from "../io/read-audit-file";
import { writeAuditWorkbook } from "../io/write-audit";
import { readBlobBytes } from "./read-blob";
import { ClassSizeChart } from "./ClassSizeChart";
import { FolderInput } from "./FolderInput";
import { ProfileSelect } from "./ProfileSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, "& th, & td": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "left" } },
  bad: { color: tokens.colorPaletteRedForeground1 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  hidden: { display: "none" },
});

/** The audit reads what the command line reads; Excel's "~$" lock files are left out. */
const AUDITED = /\.(xlsx|xlsm|xls|csv)$/i;
const AUDIT_FILE_NAME = "县区核查结果.xlsx";

export interface AuditViewProps {
  host: WorkbookHost;
  /** tests may stand in for FileReader */
  readFile?: (file: File) => Promise<Uint8Array>;
  /** "today" for the checks, YYYYMMDD; the real date when absent */
  today?: string;
}

type State =
  | { status: "idle" }
  | { status: "running"; done: number; total: number; current: string }
  | { status: "done"; report: AuditReport };

/**
 * County audit on the browser page: pick a folder (or many files) of schools' submissions; each file is
 * read and checked on this machine, then the pure audit finds what only the whole county shows. Nothing
 * is uploaded. The same audit workbook as `xueji audit` can be downloaded, with IDs masked if asked.
 */
export function AuditView({ host, readFile = readBlobBytes, today }: AuditViewProps) {
  const s = useStyles();
  const [profileId, setProfileId] = useState("national");
  const [mask, setMask] = useState(false);
  const [state, setState] = useState<State>({ status: "idle" });
  const [message, setMessage] = useState<string | null>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);

  const run = async (picked: File[]) => {
    const files = picked.filter((f) => AUDITED.test(f.name) && !f.name.startsWith("~$"));
    if (files.length === 0) {
      setMessage("所选位置没有 .xlsx、.xls 或 .csv 文件。");
      return;
    }
    setMessage(null);
    const profile = shippedProfiles.find((p) => p.id === profileId)!;
    const options = { profile, today, codeLists: createCodeLists(profile) };
    const audited: AuditFile[] = [];
    const unreadable: UnreadableFile[] = [];
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      const path = file.webkitRelativePath || file.name;
      setState({ status: "running", done: i, total: files.length, current: path });
      // let the page paint the progress before the engine takes the thread
      await new Promise((r) => setTimeout(r, 0));
      const result = readAuditFile(await readFile(file), path, options).file;
      if (isUnreadable(result)) unreadable.push(result);
      else audited.push(result);
    }
    if (audited.length === 0) {
      setState({ status: "idle" });
      setMessage(`没有一个文件能读取或是学籍导入模板：${unreadable.map((u) => `${u.path}（${unreadableWords[u.reason].zh}）`).join("；")}`);
      return;
    }
    setState({ status: "done", report: auditCounty(audited, unreadable, profile) });
  };

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = "";
    void run(files);
  };

  const download = async (report: AuditReport) => {
    const bytes = await writeAuditWorkbook(mask ? maskDeep(report) : report);
    await host.exportWorkbook(bytes, AUDIT_FILE_NAME);
  };

  const running = state.status === "running";
  return (
    <div className={s.root}>
      <Text>选择各校上报的文件夹（含子文件夹）或多个文件，逐个检查后查找跨校重复学籍和超班额班级。文件只在本机处理，不会上传。</Text>
      <div className={s.row}>
        <ProfileSelect value={profileId} onChange={setProfileId} disabled={running} />
        <Button appearance="primary" disabled={running} onClick={() => folderInput.current?.click()}>
          选择文件夹
        </Button>
        <Button disabled={running} onClick={() => filesInput.current?.click()}>
          选择多个文件
        </Button>
        <FolderInput inputRef={folderInput} className={s.hidden} testId="audit-folder" onChange={onPick} />
        <input ref={filesInput} className={s.hidden} type="file" multiple accept=".xlsx,.xlsm,.xls,.csv" data-testid="audit-files" onChange={onPick} />
      </div>
      {message && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "running" && (
        <Field label={`正在检查 ${state.done + 1}/${state.total}：${state.current}`}>
          <ProgressBar value={state.done / state.total} />
        </Field>
      )}
      {state.status === "done" && <AuditResult report={state.report} mask={mask} onMask={setMask} onDownload={() => download(state.report)} />}
    </div>
  );
}

function AuditResult({ report, mask, onMask, onDownload }: { report: AuditReport; mask: boolean; onMask: (v: boolean) => void; onDownload: () => Promise<void> }) {
  const s = useStyles();
  const t = report.totals;
  const over = report.classes.filter((c) => c.status === "over-cap");
  return (
    <>
      <Text weight="semibold">
        {`共 ${t.files} 个文件，${t.schools} 所学校，${t.rows} 行学生；可以上报 ${t.readySchools} 所，需要修改 ${t.schools - t.readySchools} 所；` +
          `跨文件重复 ${t.crossDuplicates} 组；超班额班级 ${t.classesOverCap} 个；无法读取 ${report.unreadable.length} 个文件。`}
      </Text>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void onDownload()}>
          下载核查工作簿
        </Button>
        <Switch checked={mask} onChange={(_, d) => onMask(d.checked)} label="身份证件号打码（报告外发时）" />
      </div>

      <Text as="h2" weight="semibold">各校情况（问题多的在前）</Text>
      <table className={s.table} aria-label="各校情况">
        <thead>
          <tr>
            {["学校", "学生行数", "错误", "警告", "重复学籍（行）", "超班额班级", "可以上报"].map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.schools.map((sc) => (
            <tr key={sc.school}>
              <td>{sc.school}</td>
              <td>{sc.rows}</td>
              <td>{sc.errors}</td>
              <td>{sc.warnings}</td>
              <td>{sc.crossDuplicateRows}</td>
              <td>{sc.classesOverCap}</td>
              <td className={sc.ready ? s.good : s.bad}>{sc.ready ? "是" : "否"}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Text as="h2" weight="semibold">{`跨校、跨文件重复（${report.duplicates.length} 组）`}</Text>
      {report.duplicates.length === 0 ? (
        <Text>没有发现。</Text>
      ) : (
        <table className={s.table} aria-label="跨校重复">
          <thead>
            <tr>
              {["号码", "范围", "学校", "文件", "行", "班级", "姓名"].map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.duplicates.flatMap((d) =>
              d.occurrences.map((o, i) => (
                <tr key={`${d.kind}|${d.value}|${i}`}>
                  <td>{`${DUPLICATE_KIND_WORDS[d.kind]} ${d.value}`}</td>
                  <td>{d.scope === "cross-school" ? "跨校" : "同校"}</td>
                  <td>{o.school}</td>
                  <td>{o.file}</td>
                  <td>{o.row}</td>
                  <td>{`${o.grade}${o.className}`}</td>
                  <td>{o.name}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}

      <Text as="h2" weight="semibold">{`班额（超出上限 ${over.length} 个班）`}</Text>
      <ClassSizeChart classes={report.classes} />
      {over.length > 0 && (
        <ul aria-label="超班额班级">
          {over.map((c) => (
            <li key={`${c.school}|${c.grade}|${c.className}`}>{`${c.school} ${c.grade}${c.className}：${c.count} 人（上限 ${c.cap}）`}</li>
          ))}
        </ul>
      )}

      {report.unreadable.length > 0 && (
        <>
          <Text as="h2" weight="semibold">{`无法读取的文件（${report.unreadable.length} 个）`}</Text>
          <ul aria-label="无法读取的文件">
            {report.unreadable.map((u) => (
              <li key={u.path}>{`${u.path}：${unreadableWords[u.reason].zh}`}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
