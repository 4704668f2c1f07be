import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { WorkbookHost } from "../app/host";
import type { CheckResult, WorkbookCheck } from "../core";
import { ActionResult, type ActionOutcome } from "../ui/ActionResult";
import { cleanedFileName, reportFileName } from "../ui/file-names";
import { downloadBytes } from "../app/download";
import { buildReportWorkbook } from "./report-workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface DownloadButtonsProps {
  host: WorkbookHost;
  fileName: string;
  check: WorkbookCheck;
  result: CheckResult;
  writeWorkbook: (result: CheckResult) => Promise<Uint8Array>;
}

/** The browser page's answer to the pane's actions: the cleaned workbook and the report, as downloads. */
export function DownloadButtons({ host, fileName, check, result, writeWorkbook }: DownloadButtonsProps) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);

  const run = async (work: () => Promise<ActionOutcome>, failTitle: string) => {
    setBusy(true);
    try {
      setOutcome(await work());
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      setOutcome({ intent: "error", title: failTitle, text: `${why}。请重新点击“检查”后再试；若仍失败，请把文件在 Excel 或 WPS 中另存为 .xlsx 后重新拖进来。` });
    } finally {
      setBusy(false);
    }
  };

  const cleaned = () =>
    run(async () => {
      const name = cleanedFileName({ ...result, source: result.source ?? fileName });
      await host.exportWorkbook(await writeWorkbook(result), name);
      const kept = result.cleaned.sourceRows.length;
      const left = result.rejected.length;
      return {
        intent: "success",
        title: `已下载「${name}」`,
        text: left
          ? `包含 ${kept} 行已清理的数据；${left} 行有错误，未放入清理后的数据，列在“未通过行”工作表中，请在原表中改正后重新检查。`
          : `包含 ${kept} 行已清理的数据。请打开核对后再上传。`,
      };
    }, "生成清理后的工作簿失败");

  const report = () =>
    run(async () => {
      const name = reportFileName(fileName);
      downloadBytes(buildReportWorkbook(check, fileName), name);
      return { intent: "success", title: `已下载「${name}」`, text: "含汇总、问题清单和班额统计三个工作表。" };
    }, "生成校验报告失败");

  return (
    <div className={s.root}>
      <div className={s.row}>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={busy || !result.template} onClick={cleaned}>
          下载清理后的工作簿
        </Button>
        <Button icon={<DocumentTableRegular />} disabled={busy} onClick={report}>
          下载校验报告
        </Button>
      </div>
      <ActionResult outcome={outcome} />
    </div>
  );
}
