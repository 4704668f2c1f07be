import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Switch, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WorkbookHost } from "../app/host";
import { shippedProfiles } from "../core";
import { maskDeep, unreadableWords, type UnreadableFile } from "../core/audit";
import { createCodeLists } from "../core/codes";
import { compareRosters, isUnreadableSide, KEY_FIELD_WORDS, MATCH_WORDS, noteText, spanText, type CompareReport, type CompareSide, type RosterRow, type Side } from "../core/compare";
import { readCompareFile } from "../io/read-compare-file";
import { writeCompareWorkbook } from "../io/write-compare";
import { FileDropZone } from "./files/FileDropZone";
import { readBlobBytes } from "./read-blob";
import { ProfileSelect } from "./ProfileSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  zones: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))", gap: tokens.spacingHorizontalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, "& th, & td": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "left" } },
  picked: { fontSize: tokens.fontSizeBase200 },
});

/** Rows shown per list on the page (the follow-ups and key changes; the longer, less urgent lists fewer); the workbook has all of them. */
const SHOWN = 200;
const SHOWN_SHORT = 20;
const COMPARE_FILE_NAME = "人籍核对结果.xlsx";
type Span = "auto" | "0" | "1";
type Picked = { name: string; side: CompareSide | UnreadableFile };

export interface CompareViewProps {
  host: WorkbookHost;
  /** tests may stand in for FileReader */
  readFile?: (file: File) => Promise<Uint8Array>;
  /** "today" for the checks, YYYYMMDD; the real date when absent */
  today?: string;
}

/**
 * 人籍核对 on the browser page: drop last term's list and this term's (or the register and a class
 * teacher's roster); both are read and checked on this machine and compared. Nothing is uploaded. The
 * same workbook as `xueji compare` can be downloaded, with IDs masked if asked.
 */
export function CompareView({ host, readFile = readBlobBytes, today }: CompareViewProps) {
  const s = useStyles();
  const [profileId, setProfileId] = useState("national");
  const [span, setSpan] = useState<Span>("auto");
  const [mask, setMask] = useState(false);
  const [picked, setPicked] = useState<Record<Side, Picked | null>>({ before: null, after: null });
  const [busy, setBusy] = useState<Side | null>(null);
  const profile = shippedProfiles.find((p) => p.id === profileId)!;

  const pick = async (side: Side, files: File[]) => {
    const file = files[0];
    if (!file) return;
    setBusy(side);
    // let the page paint the spinner before the engine takes the thread
    await new Promise((r) => setTimeout(r, 0));
    const read = readCompareFile(await readFile(file), file.name, side, { profile, today, codeLists: createCodeLists(profile) });
    setPicked((p) => ({ ...p, [side]: { name: file.name, side: read } }));
    setBusy(null);
  };

  const before = picked.before?.side;
  const after = picked.after?.side;
  const ready = before && after && !isUnreadableSide(before) && !isUnreadableSide(after);
  const report = useMemo(
    () => (ready ? compareRosters(before, after, profile, span === "auto" ? {} : { schoolYears: Number(span) as 0 | 1 }) : null),
    [ready, before, after, profile, span],
  );

  const download = async (r: CompareReport) => {
    await host.exportWorkbook(writeCompareWorkbook(mask ? maskDeep(r) : r), COMPARE_FILE_NAME);
  };

  return (
    <div className={s.root}>
      <Text>
        人籍核对：放入两份学生名单——上学期和本学期的学籍导出表，或学籍导出表和班主任花名册，找出转出、辍学、转入的学生和关键信息、年级的变化。
        名单可以只有「姓名」「身份证件号」，或「姓名」「性别」「出生日期」。文件只在本机处理，不会上传。
      </Text>
      <div className={s.row}>
        <ProfileSelect
          value={profileId}
          disabled={busy !== null}
          onChange={(id) => {
            // the lists were read under the old profile's school system: they are picked again
            setProfileId(id);
            setPicked({ before: null, after: null });
          }}
        />
        <Field label="两表相隔">
          <Select value={span} onChange={(_, d) => setSpan(d.value as Span)} aria-label="两表相隔">
            <option value="auto">按学生年级推断</option>
            <option value="0">同一学年内</option>
            <option value="1">跨一个学年</option>
          </Select>
        </Field>
      </div>
      <div className={s.zones}>
        {(["before", "after"] as const).map((side) => (
          <div key={side}>
            <FileDropZone
              onFiles={(f) => void pick(side, f)}
              multiple={false}
              testId={`compare-${side}`}
              title={side === "before" ? "前表：较早的名单（如上学期学籍导出表）" : "后表：较新的名单（如本学期学籍导出表、班主任花名册）"}
              hint="一个 .xlsx、.xls 或 .csv 文件，只在本机读取。"
              inputLabel={side === "before" ? "选择前表" : "选择后表"}
            />
            <PickedFile picked={picked[side]} busy={busy === side} />
          </div>
        ))}
      </div>
      {report && <CompareResult report={report} mask={mask} onMask={setMask} onDownload={() => download(report)} />}
    </div>
  );
}

function PickedFile({ picked, busy }: { picked: Picked | null; busy: boolean }) {
  const s = useStyles();
  if (busy) return <Spinner size="tiny" label="正在读取和检查…" />;
  if (!picked) return null;
  const side = picked.side;
  if (isUnreadableSide(side)) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{`${picked.name}：${unreadableWords[side.reason].zh}。${side.detail}`}</MessageBarBody>
      </MessageBar>
    );
  }
  const errors = side.sheets.reduce((n, x) => n + x.errors, 0);
  return <Text className={s.picked} block>{`${picked.name}：${side.rows.length} 名学生（${side.sheets.map((x) => `${x.sheet}，${x.template}`).join("；")}）${errors ? `，检查发现 ${errors} 个错误` : ""}`}</Text>;
}

const who = (r: RosterRow): string[] => [`${r.grade}${r.className}`, r.name, r.idNumber, `${r.sheet} 第 ${r.row} 行`];

function Rows({ label, head, rows, total, shown = SHOWN }: { label: string; head: string[]; rows: string[][]; total: number; shown?: number }) {
  const s = useStyles();
  return (
    <>
      <Text as="h2" weight="semibold">{`${label}（${total}）`}</Text>
      {total === 0 ? (
        <Text>没有。</Text>
      ) : (
        <table className={s.table} aria-label={label}>
          <thead>
            <tr>{head.map((h) => <th key={h}>{h}</th>)}</tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((r, i) => (
              <tr key={i}>{r.map((c, j) => <td key={j}>{c}</td>)}</tr>
            ))}
          </tbody>
        </table>
      )}
      {total > shown && <Text>{`只显示前 ${shown} 行，完整名单见核对工作簿。`}</Text>}
    </>
  );
}

function CompareResult({ report, mask, onMask, onDownload }: { report: CompareReport; mask: boolean; onMask: (v: boolean) => void; onDownload: () => Promise<void> }) {
  const s = useStyles();
  const t = report.totals;
  const followUps = report.onlyBefore.filter((l) => l.followUp);
  const unsure = [...report.onlyBefore, ...report.onlyAfter].filter((u) => u.note);
  const arrivals = report.onlyAfter.filter((a) => !a.note);
  const anomalies = report.gradeChanges;
  return (
    <>
      <Text weight="semibold" role="status">
        {`两表都有 ${t.matched} 人（按身份证件号 ${t.matchedById}，按姓名+性别+出生日期 ${t.matchedByName}）；只在前表 ${t.onlyBefore} 人，其中控辍保学跟进 ${t.followUps} 人；` +
          `只在后表 ${t.onlyAfter} 人，其中转入无学籍号 ${t.transfersWithoutRegister} 人；关键字段变化 ${t.keyFieldChanges} 处；年级异常 ${t.gradeAnomalies} 人；调班 ${t.classMoves} 人。`}
      </Text>
      <Text>{`年级：${spanText(report.span.years, report.span.from, report.span.sameGrade, report.span.nextGrade)}`}</Text>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void onDownload()}>
          下载核对工作簿
        </Button>
        <Switch checked={mask} onChange={(_, d) => onMask(d.checked)} label="身份证件号打码（报告外发时）" />
      </div>
      <Rows label="控辍保学跟进：义务教育阶段、不在后表" head={["年级班级", "姓名", "身份证件号", "前表位置"]} rows={followUps.map((l) => who(l.row))} total={followUps.length} />
      <Rows
        label="只在后表：新入学或转入"
        head={["年级班级", "姓名", "身份证件号", "后表位置", "说明"]}
        rows={arrivals.map((a) => [...who(a.row), a.transferWithoutRegister ? "不是起始年级却没有学籍号：请办理学籍转接" : ""])}
        total={arrivals.length}
        shown={SHOWN_SHORT}
      />
      <Rows
        label="关键字段变化：需关键数据变更申请"
        head={["姓名", "字段", "前表", "后表", "对应方式"]}
        rows={report.keyFieldChanges.map((c) => [c.pair.after.name, KEY_FIELD_WORDS[c.field], c.before, c.after, MATCH_WORDS[c.pair.method]])}
        total={report.keyFieldChanges.length}
      />
      <Rows
        label="年级异常和调班"
        head={["姓名", "前表", "后表", "类型"]}
        rows={anomalies.map((g) => [g.pair.after.name, `${g.pair.before.grade}${g.pair.before.className}`, `${g.pair.after.grade}${g.pair.after.className}`, g.kind === "class-move" ? "调班" : g.kind === "skipped" ? "跳级或学年内改年级" : "未升级"])}
        total={anomalies.length}
        shown={SHOWN_SHORT}
      />
      <Rows label="需人工核对" head={["表", "年级班级", "姓名", "身份证件号", "位置", "说明"]} rows={unsure.map((u) => [u.row.side === "before" ? "前表" : "后表", ...who(u.row), noteText(u.note, u.count)])} total={unsure.length} />
    </>
  );
}
