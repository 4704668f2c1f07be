import { makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { OutputWriter } from "../app/outputs";
import type { WorkbookHost } from "../app/host";
import { BrowserCheckView } from "./files/BrowserCheckView";
import type { FileSession } from "../web/file-session";
import type { NoticeBoard } from "./notices";
import { NoticeList } from "./NoticeList";
import { AuditView } from "./AuditView";
import { CheckView } from "./CheckView";
import { CompareView } from "./CompareView";
import { PhotosView } from "./photos/PhotosView";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "1100px",
    margin: "0 auto",
    boxSizing: "border-box",
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sub: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // four tabs do not fit a 320 px task pane on one line
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  host: WorkbookHost;
  /** what the Excel adapter reports that is not an error */
  notices?: NoticeBoard;
  /** the browser page's files: read, checked and written in the worker that keeps them */
  session: FileSession;
  /** the pane's writers */
  outputs: OutputWriter;
}

type View = "check" | "audit" | "compare" | "photos";

/** The same app in the Excel pane and on the browser page; the host decides what the check view reads. */
export function App({ host, notices, session, outputs }: AppProps) {
  const s = useStyles();
  const [view, setView] = useState<View>("check");
  return (
    <main className={s.root}>
      <header>
        <Text as="h1" block className={s.title}>
          学籍导入助手
        </Text>
        <Text className={s.sub}>
          {host.kind === "excel" ? "检查当前工作簿的学籍导入表" : "网页版：检查本机上的学籍导入表，文件不会上传"}
        </Text>
      </header>
      <TabList className={s.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="功能">
        <Tab value="check">学校导入检查</Tab>
        <Tab value="audit">县区汇总审核</Tab>
        <Tab value="compare">人籍核对</Tab>
        {/* photos are folders on disk, not a workbook: the browser page's job, not the Excel pane's */}
        {host.kind === "browser" && <Tab value="photos">照片</Tab>}
      </TabList>
      {notices && <NoticeList board={notices} />}
      {view === "audit" ? (
        <AuditView host={host} />
      ) : view === "compare" ? (
        <CompareView host={host} />
      ) : view === "photos" ? (
        <PhotosView host={host} />
      ) : host.kind === "excel" ? (
        <CheckView host={host} outputs={outputs} />
      ) : (
        <BrowserCheckView host={host} session={session} />
      )}
    </main>
  );
}
