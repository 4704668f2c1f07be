import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Progress, WorkbookHost } from "../../app/host";
import type { WorkbookCheck } from "../../core";
import { strippedNote } from "../../io/stripped-note";
import { reportFileName, uploadFileName } from "../file-names";
import type { WrittenFile } from "../../worker/protocol";
import { ActionResult, type ActionOutcome } from "../ActionResult";
import { downloadBytes } from "../../app/download";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface DownloadButtonsProps {
  host: WorkbookHost;
  /** the picked file's name */
  fileName: string;
  /** as the page has it: no cleaned cells (the writers have them) */
  check: WorkbookCheck;
  /** write one of the two files where the picked file is kept */
  write: (what: "upload" | "report", onProgress?: (p: Progress) => void) => Promise<WrittenFile>;
}

/** The browser page's two files for one checked workbook: the copy to upload, and the report to read. */
export function DownloadButtons({ host, fileName, check, write }: DownloadButtonsProps) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const anyTemplate = check.results.some((r) => r.template);
  const kept = check.results.reduce((n, r) => n + r.cleaned.sourceRows.length, 0);
  const left = check.results.reduce((n, r) => n + r.rejected.length, 0);

  const WAIT = "大文件需要几秒钟，请稍候。";
  const showProgress = (p: Progress) => setOutcome({ intent: "info", title: "正在生成文件…", text: `${p.label ?? ""}${p.label ? "。" : ""}${WAIT}` });

  const run = async (work: () => Promise<ActionOutcome>, failTitle: string) => {
    setBusy(true);
    setOutcome({ intent: "info", title: "正在生成文件…", text: WAIT });
    try {
      setOutcome(await work());
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      setOutcome({ intent: "error", title: failTitle, text: `${why}。请重新点击“检查”后再试；若仍失败，请把文件在 Excel 或 WPS 中另存为 .xlsx 后重新拖进来。` });
    } finally {
      setBusy(false);
    }
  };

  const upload = () =>
    run(async () => {
      const file = await write("upload", showProgress);
      const name = uploadFileName(fileName, file.extension);
      await host.exportWorkbook(file.bytes, name);
      const converted = (file.converted ? "原文件实为文本（或网页）格式，只是扩展名为 .xls，所以另存为了 .xlsx。" : "") + strippedNote(file.strippedControlChars);
      return {
        intent: "success",
        title: `已下载「${name}」`,
        text:
          `这是原文件的副本，只改了可自动修正的单元格` +
          (left ? `，并去掉了 ${left} 个有错误的行（列在校验报告的“未通过行”中，请在原表中改正后重新检查）` : "") +
          `；其余（标题、表头、列顺序、格式）与原文件相同，共 ${kept} 行。${converted}请打开核对后再上传。`,
      };
    }, "生成上传用工作簿失败");

  const report = () =>
    run(async () => {
      const file = await write("report", showProgress);
      const name = reportFileName(fileName);
      downloadBytes(file.bytes, name);
      return { intent: "success", title: `已下载「${name}」`, text: "含汇总、未通过行、问题清单、班额统计和生成的学籍号。此文件供核对，不要上传。" };
    }, "生成校验报告失败");

  return (
    <div className={s.root}>
      <div className={s.row}>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={busy || !anyTemplate} onClick={upload}>
          下载上传用工作簿
        </Button>
        <Button icon={<DocumentTableRegular />} disabled={busy} onClick={report}>
          下载校验报告
        </Button>
      </div>
      <ActionResult outcome={outcome} />
    </div>
  );
}
