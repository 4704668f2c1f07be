import { Button, Caption1, makeStyles, Subtitle2, Switch, tokens } from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  EraserRegular,
  HighlightRegular,
  NumberSymbolRegular,
  TableAddRegular,
  WrenchRegular,
} from "@fluentui/react-icons";
import { useState } from "react";
import type { WorkbookHost } from "../app/host";
import type { OutputWriter, SourceWorkbook } from "../app/outputs";
import type { CheckResult, WorkbookCheck } from "../core";
import { ActionResult, type ActionOutcome } from "./ActionResult";
import { ConfirmFixesDialog } from "./ConfirmFixesDialog";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  wide: { flex: "1 1 auto", whiteSpace: "nowrap" },
});

/** Said after any failure in Excel: the usual reasons a write is refused and what the registrar can do. */
const EXCEL_HINT = "请按 Esc 退出单元格编辑、确认工作表没有受保护，然后重试；若仍失败，请关闭任务窗格后重新打开。";

function failure(title: string, err: unknown, hint = EXCEL_HINT): ActionOutcome {
  const why = (err instanceof Error ? err.message : String(err)).replace(/。$/, "");
  return { intent: "error", title, text: `${why}。${hint}` };
}

export interface ActionsPanelProps {
  host: WorkbookHost;
  result: CheckResult;
  /** the whole workbook's check (the upload-ready copy and the report cover every sheet) */
  check: WorkbookCheck;
  /** the sheets as read from Excel for that check */
  source: SourceWorkbook;
  outputs: OutputWriter;
}

/** What the pane can do with a result in Excel; each action says how it went. */
export function ActionsPanel({ host, result, check, source, outputs }: ActionsPanelProps) {
  const s = useStyles();
  const caps = host.capabilities;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const act = async (work: () => Promise<ActionOutcome>, failTitle: string, hint?: string) => {
    setBusy(true);
    setOutcome({ intent: "info", title: "正在处理…", text: "请稍候，不要在表格中编辑。" });
    try {
      setOutcome(await work());
    } catch (err) {
      setOutcome(failure(failTitle, err, hint));
    } finally {
      setBusy(false);
    }
  };

  const mark = () =>
    act(async () => {
      await host.markIssues(result, () => undefined);
      return { intent: "success", title: "已标记问题单元格", text: "错误为红色、警告为橙色。改完后点“清除标记”可恢复原来的格式。" };
    }, "标记失败");
  const clear = () =>
    act(async () => {
      await host.clearMarks();
      return { intent: "success", title: "已清除标记", text: "单元格已恢复为标记前的格式。" };
    }, "清除标记失败");
  const report = () =>
    act(async () => {
      await host.writeReportSheets(result);
      return { intent: "success", title: "已生成校验报告表", text: "请查看新增的“校验报告”和“班额统计”工作表。" };
    }, "生成报告失败");
  const fill = () =>
    act(async () => {
      const n = await host.fillNumbers(result, { overwrite });
      if (n === 0) {
        return {
          intent: "info",
          title: "没有填入学籍号",
          text: overwrite ? "没有可生成的学籍号：请先修正身份证件号的错误。" : "需要填写的单元格都已有值。如要替换，请打开“覆盖已有”后再试。",
        };
      }
      return { intent: "success", title: `已填入 ${n} 个学籍号`, text: "请点击“重新检查”确认结果。" };
    }, "填入学籍号失败");
  const applyFixes = () => {
    setConfirming(false);
    return act(async () => {
      const { backupSheet, applied } = await host.applyFixes(result);
      return {
        intent: "success",
        title: `已修正 ${applied} 处`,
        text: `原表已备份为工作表「${backupSheet}」。请点击“重新检查”确认结果。`,
      };
    }, "应用修正失败");
  };
  const exportFile = (which: "upload" | "report") =>
    act(
      async () => {
        const file = which === "upload" ? await outputs.upload(check, source) : await outputs.report(check, source.fileName);
        const how = await host.exportWorkbook(file.bytes, file.fileName);
        const [name, what] =
          which === "upload"
            ? ["上传用工作簿", "检查过的工作表，已改正可修正的单元格、去掉了有错误的行（有错误的行列在校验报告中）"]
            : ["校验报告", "未通过行及原因、问题清单、班额统计、生成的学籍号；供核对，不要上传"];
        // a download is only handed to the webview: whether a file was saved, the pane cannot know
        return how === "opened"
          ? { intent: "success", title: `已在新工作簿中打开${name}`, text: `${what}。这个新工作簿还没有保存：请核对后点“文件 → 另存为”保存。` }
          : {
              intent: "info",
              title: `已开始下载「${file.fileName}」`,
              text: `${name}：${what}。请在弹出的下载或保存提示中保存；如果没有出现任何提示，文件并没有保存下来，请用浏览器打开本助手的网页版，选择已保存的工作簿再导出。`,
            };
      },
      "导出失败",
      "请点击“重新检查”后再导出；若仍失败，可在浏览器中打开本工具的网页版导出。",
    );

  return (
    <div className={s.root}>
      <Subtitle2>操作</Subtitle2>
      {caps.markCells && (
        <div className={s.row}>
          <Button className={s.wide} icon={<HighlightRegular />} disabled={busy} onClick={mark}>
            标记问题单元格
          </Button>
          <Button className={s.wide} icon={<EraserRegular />} disabled={busy} onClick={clear}>
            清除标记
          </Button>
        </div>
      )}
      {caps.writeSheets && (
        <Button icon={<TableAddRegular />} disabled={busy} onClick={report}>
          生成校验报告表
        </Button>
      )}
      {caps.fillNumbers && (
        <div className={s.row}>
          <Button className={s.wide} icon={<NumberSymbolRegular />} disabled={busy} onClick={fill}>
            填入学籍号
          </Button>
          <Switch label="覆盖已有" checked={overwrite} onChange={(_, d) => setOverwrite(d.checked)} />
        </div>
      )}
      {caps.applyFixes && (
        <Button icon={<WrenchRegular />} disabled={busy || result.counts.fixes === 0} onClick={() => setConfirming(true)}>
          应用可修正项（{result.counts.fixes}）
        </Button>
      )}
      <div className={s.row}>
        <Button className={s.wide} icon={<ArrowDownloadRegular />} disabled={busy || !result.template} onClick={() => exportFile("upload")}>
          导出上传用工作簿
        </Button>
        <Button className={s.wide} icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => exportFile("report")}>
          导出校验报告
        </Button>
      </div>
      <Caption1>
        上传用工作簿：就是原来的文件，只改正了可修正的单元格、去掉了有错误的行，表头、格式和其他列不变。校验报告：有错误的行及原因、问题清单、班额统计，供核对，不要上传。
      </Caption1>
      <ActionResult outcome={outcome} />
      <ConfirmFixesDialog
        open={confirming}
        fixes={result.counts.fixes}
        sheet={result.sheet}
        onConfirm={applyFixes}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
