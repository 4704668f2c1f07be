import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import { downloadBytes } from "../../app/download";
import type { WorkbookHost } from "../../app/host";
import { shippedProfiles } from "../../core";
import { checkPhotos, missingPhotoText, PHOTO_SOURCE, photoProblemText, readRoster, SEVERITY_WORDS, type PhotoCheck, type PhotoEntry, type RosterStudent } from "../../core/photos";
import { writePhotoCopyZip, writePhotoReport } from "../../io/photos/photo-report";
import { ReadError } from "../../io/read-error";
import { readWorkbook } from "../../io/read-workbook";
import { readBlobBytes } from "../read-blob";
import { photoEntriesOf, pickedFromDrop, pickedFromInput, type PickedFile } from "./picked-photos";
import { DropArea } from "../files/DropArea";
import { FolderInput } from "../FolderInput";
import { ProfileSelect } from "../ProfileSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, "& th, & td": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "left" } },
  hidden: { display: "none" },
});

/** rows shown on the page; the report workbook has every one */
const SHOWN = 200;
const REPORT_NAME = "照片检查报告.xlsx";
const COPY_NAME = "照片-规范命名.zip";

export interface PhotosViewProps {
  host: WorkbookHost;
  /** tests may stand in for FileReader */
  readFile?: (file: File) => Promise<Uint8Array>;
  /** the corrected copy's download (a zip, which the host's workbook export is not for) */
  download?: (bytes: Uint8Array, fileName: string, mime: string) => void;
}

interface Done {
  check: PhotoCheck;
  source: string;
  entries: PhotoEntry[];
  rosterFile?: string;
  profileId: string;
}

/**
 * 学籍照片 on the browser page: drop or pick the photo folder or the upload zip, and optionally a roster.
 * Everything is read and checked in this page; nothing is uploaded. The report and a correctly named copy
 * (as a zip, ready for the national system's 照片导入) can be downloaded; the user's files are never changed.
 */
export function PhotosView({ host, readFile = readBlobBytes, download = downloadBytes }: PhotosViewProps) {
  const s = useStyles();
  const [profileId, setProfileId] = useState("national");
  const [roster, setRoster] = useState<{ file: string; students: RosterStudent[] } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const folderInput = useRef<HTMLInputElement>(null);
  const zipInput = useRef<HTMLInputElement>(null);
  const rosterInput = useRef<HTMLInputElement>(null);
  const profile = shippedProfiles.find((p) => p.id === profileId)!;

  const run = async (picked: PickedFile[]) => {
    if (picked.length === 0) return;
    setBusy(true);
    setMessage(null);
    try {
      const { entries, source } = await photoEntriesOf(picked, readFile);
      const check = checkPhotos(entries, { settings: profile.photo, roster: roster?.students });
      setDone({ check, source, entries, rosterFile: roster?.file, profileId });
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      setDone(null);
      setMessage(e.message);
    } finally {
      setBusy(false);
    }
  };

  const pickRoster = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    try {
      const r = readRoster(readWorkbook(await readFile(file), file.name), file.name);
      if (!r.ok) {
        setMessage(r.message);
        return;
      }
      setMessage(null);
      setRoster({ file: file.name, students: r.students });
      // a check already made is made again with the roster
      if (done) {
        const used = shippedProfiles.find((p) => p.id === done.profileId)!;
        setDone({ ...done, check: checkPhotos(done.entries, { settings: used.photo, roster: r.students }), rosterFile: file.name });
      }
    } catch (err) {
      if (!(err instanceof ReadError)) throw err;
      setMessage(`名单：${err.message}`);
    }
  };

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = "";
    void run(pickedFromInput(files));
  };

  return (
    <div className={s.root}>
      <Text>
        上传学籍系统前检查学生照片：是否真是 JPG、是否小于 60 KB、像素与横竖、文件名是否为有效的身份证件号、有无重复；选了名单还会列出缺少照片的学生。照片只在本机检查，不会上传。
      </Text>
      <div className={s.row}>
        <ProfileSelect label="地区配置（照片像素要求）" value={profileId} onChange={setProfileId} disabled={busy} />
        <Button disabled={busy} onClick={() => rosterInput.current?.click()}>
          {roster ? `名单：${roster.file}（${roster.students.length} 人）` : "选择名单（可选）"}
        </Button>
        <input ref={rosterInput} className={s.hidden} type="file" accept=".xlsx,.xlsm,.xls,.csv" data-testid="photos-roster" onChange={(e) => void pickRoster(e)} />
      </div>
      <DropArea testId="photos-drop" onDrop={(data) => void pickedFromDrop(data).then(run)}>
        <Text weight="semibold">把照片文件夹或压缩包（.zip）拖到这里</Text>
        <div className={s.row}>
          <Button appearance="primary" disabled={busy} onClick={() => folderInput.current?.click()}>
            选择照片文件夹
          </Button>
          <Button disabled={busy} onClick={() => zipInput.current?.click()}>
            选择压缩包
          </Button>
        </div>
        <FolderInput inputRef={folderInput} className={s.hidden} testId="photos-folder" onChange={onPick} />
        <input ref={zipInput} className={s.hidden} type="file" accept=".zip" data-testid="photos-zip" onChange={onPick} />
      </DropArea>
      {busy && <Text>正在检查照片…</Text>}
      {message && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <PhotoResult
          done={done}
          onReport={() => {
            const used = shippedProfiles.find((p) => p.id === done.profileId)!;
            const report = writePhotoReport(done.check, { source: done.source, rosterFile: done.rosterFile, profileName: used.name, settings: used.photo });
            void host.exportWorkbook(report, REPORT_NAME);
          }}
          onCopy={() => {
            const bytes = new Map(done.entries.map((e) => [e.path, e.bytes]));
            download(writePhotoCopyZip(done.check, (p) => bytes.get(p)!), COPY_NAME, "application/zip");
          }}
        />
      )}
    </div>
  );
}

function PhotoResult({ done, onReport, onCopy }: { done: Done; onReport: () => void; onCopy: () => void }) {
  const s = useStyles();
  const { check } = done;
  const c = check.counts;
  const rows = check.photos.flatMap((p) => p.problems.map((x, i) => ({ p, x, key: `${p.path}|${i}` })));
  return (
    <>
      <Text weight="semibold" data-testid="photos-summary">
        {`${done.source}：照片 ${c.photos} 张，合格 ${c.ok}，有错误 ${c.errors}，有提醒 ${c.warnings}，可自动改名 ${c.fixable}` +
          (check.roster ? `；名单 ${check.roster.students} 人，缺少照片 ${c.missing} 人` : "；未选名单，不检查缺少的照片") +
          `；不属于上传的文件 ${check.others.length} 个。`}
      </Text>
      <Text size={200}>{`依据：${PHOTO_SOURCE}`}</Text>
      <div className={s.row}>
        <Button appearance="primary" onClick={onReport}>
          下载检查报告
        </Button>
        <Button onClick={onCopy} disabled={c.copied === 0}>
          {`下载规范命名的照片（${c.copied} 张，.zip）`}
        </Button>
      </div>
      {rows.length > 0 && (
        <table className={s.table} aria-label="照片问题">
          <thead>
            <tr>
              {["文件", "类别", "问题", "怎么改"].map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map(({ p, x, key }) => {
              const t = photoProblemText(x);
              return (
                <tr key={key}>
                  <td>{p.path}</td>
                  <td>{SEVERITY_WORDS[x.severity]}</td>
                  <td>{t.text}</td>
                  <td>{t.todo}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.length > SHOWN && <Text>{`另有 ${rows.length - SHOWN} 个问题，见检查报告。`}</Text>}
      {check.missing.length > 0 && (
        <>
          <Text as="h2" weight="semibold">{`缺少照片的学生（${check.missing.length} 人）`}</Text>
          <ul aria-label="缺少照片">
            {check.missing.slice(0, SHOWN).map((m) => (
              <li key={`${m.sheet}|${m.row}`}>{`${m.name} ${m.id}（名单「${m.sheet}」第 ${m.row} 行）：${missingPhotoText(m.id !== "").text}`}</li>
            ))}
          </ul>
        </>
      )}
      {check.others.length > 0 && (
        <>
          <Text as="h2" weight="semibold">{`不属于上传的文件（${check.others.length} 个，上传前删去）`}</Text>
          <ul aria-label="其他文件">
            {check.others.map((f) => (
              <li key={f.path}>{f.path}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
